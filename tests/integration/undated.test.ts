// An archive of only undated articles (tests/fixtures/undated/) opens on a home page that lists them in file order.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { listFiles, root } from '../helpers/cli.ts';
import { sharedSite } from '../helpers/shared-site.ts';

const INPUT = path.join(root, 'tests/fixtures/undated');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

describe('pressearchiv build (only undated articles)', () => {
  let out = '';
  let home = '';
  before(() => {
    out = sharedSite(['--no-cache'], INPUT).out;
    home = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  });

  it('lists every undated article on the home page, in natural file order', () => {
    const titles = [...home.matchAll(/<h3 class="card-title"><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => m[2]!);
    assert.equal(titles.length, 8, titles.join('\n'));
    // 2016/… before derStandard/1, 2, 10 (not 1, 10, 2), then nzz/…, then the files at the top
    assert.match(titles[0]!, /^Gebühren müssen bis 15\. Mai bezahlt werden$/);
    assert.match(titles[1]!, /^Bischof Zsifkovics übergab St\. Martin/);
    assert.match(titles[2]!, /^Am 28\. Februar wollen die Sozialpartner/);
    assert.match(titles[3]!, /^Die Staatsschulden Österreichs liegen derzeit bei 72 Mrd\. Euro/);
    assert.doesNotMatch(text(home), /Neueste zuerst/, 'no empty "newest first" section');
  });

  it('says on each card what is known instead of "Ohne Datum", and counts outlets and quotes', () => {
    const metas = [...home.matchAll(/<p class="card-meta">([\s\S]*?)<\/p>/g)].map((m) => text(m[1]!).trim());
    assert.equal(metas.length, 8);
    for (const m of metas) assert.match(m, /\d+ Wörter$/, m);
    // the folder is named only when it says more than the outlet ("derStandard/" does not)
    assert.ok(
      metas.some((m) => /^DER STANDARD · \d+ Wörter$/.test(m)),
      metas.join('\n'),
    );
    assert.ok(
      metas.some((m) => /^NZZ · \d+ Wörter$/.test(m)),
      metas.join('\n'),
    );
    assert.ok(
      metas.some((m) => m.startsWith('Kleine Zeitung · 2016 ·')),
      metas.join('\n'),
    );
    assert.ok(
      metas.some((m) => m.startsWith('Medium unbekannt ·')),
      metas.join('\n'),
    );
    const stats = text(home.match(/<ul class="stats">[\s\S]*?<\/ul>/)![0]);
    assert.match(stats, /8 Artikel/);
    assert.match(stats, /\b4 Medien\b/, stats); // DER STANDARD, NZZ, Kleine Zeitung, ORF
    assert.doesNotMatch(stats, /\b0 Zitate\b/, stats);
  });

  it('chains previous and next in file order, and an article without a known outlet says so', () => {
    const page = (title: RegExp) => {
      const href = [...home.matchAll(/<h3 class="card-title"><a href="([^"]+)">([^<]+)<\/a>/g)].find((m) => title.test(m[2]!))![1]!;
      return fs.readFileSync(path.join(out, href, 'index.html'), 'utf8');
    };
    const second = page(/^Am 28\. Februar/);
    const prevNext = text(second.match(/<nav class="prev-next"[\s\S]*?<\/nav>/)?.[0] ?? '');
    assert.match(prevNext, /Bischof Zsifkovics/, prevNext);
    assert.match(prevNext, /Staatsschulden/, prevNext);
    assert.match(text(page(/^Nie wieder sollen Kinder/)), /Medium unbekannt/);
  });

  it('writes valid HTML on every page of the undated archive', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const page of listFiles(out).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      const report = await validator.validateFile(path.join(out, page));
      for (const r of report.results) for (const m of r.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    assert.deepEqual(problems, []);
  });
});
