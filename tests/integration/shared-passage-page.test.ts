// A paragraph of agency copy that 14 outlets reprint, built as a user would: each article's note over it names the
// ten carriers nearest in time, "und N weitere" links the paragraph's own page, which lists all 14 and is valid HTML.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { runCli, tempDir } from '../helpers/cli.ts';

const OUTLETS = ['Kurier', 'Die Presse', 'Der Standard', 'Salzburger Nachrichten', 'Kleine Zeitung', 'Tiroler Tageszeitung', 'Vorarlberger Nachrichten'];
const WIRE =
  'Wien (APA) - Die Bundesregierung hat sich in der Nacht auf Donnerstag auf ein Paket zur Entlastung der Pendler geeinigt. ' +
  'Die Pendlerpauschale steigt befristet bis Juni um die Hälfte, der Pendlereuro wird vervierfacht. ' +
  'Finanzminister Magnus Brunner sprach von einem wichtigen Schritt, die Opposition nannte das Paket unzureichend.';

function article(i: number): string {
  const day = String(3 + i).padStart(2, '0');
  const outlet = OUTLETS[i % OUTLETS.length]!;
  return [
    ` date 2022-03-${day} Pendler: Regierung einigt sich auf Entlastung (${outlet}, Ausgabe ${i + 1})`,
    '',
    `Eigener Einstieg der Redaktion Nummer ${i + 1} über die Lage in der Region ${['Tirol', 'Kärnten', 'Steiermark', 'Burgenland'][i % 4]}.`,
    '',
    WIRE,
    '',
    `${outlet}`,
  ].join('\n');
}

describe('a widely reprinted paragraph, built', () => {
  let site = '';
  before(() => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    fs.mkdirSync(input);
    for (let i = 0; i < 14; i++) fs.writeFileSync(path.join(input, `${String(i + 1).padStart(2, '0')}.txt`), article(i));
    site = path.join(dir, '_site');
    const r = runCli(['build', '--input', input, '--output', site, '--no-search']);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('links "und N weitere" from an article to the paragraph\'s page, which lists every carrier once and is valid HTML', async () => {
    const pages = fs.readdirSync(path.join(site, 'geteilt'));
    assert.equal(pages.length, 1, pages.join(', '));
    const own = path.join(site, 'geteilt', pages[0]!, 'index.html');
    const html = fs.readFileSync(own, 'utf8');
    const list = /<ul class="carried-by">([\s\S]*?)<\/ul>/.exec(html)![1]!;
    const carriers = [...list.matchAll(/<li><a href="([^"]+)">/g)].map((m) => path.resolve(path.dirname(own), m[1]!, 'index.html'));
    assert.equal(new Set(carriers).size, 14);
    for (const file of carriers) assert.ok(fs.existsSync(file), file);
    assert.match(html, /Die Pendlerpauschale steigt befristet bis Juni um die Hälfte/);
    const articlePage = carriers[7]!;
    const note = /<li><a href="([^"]+)">und (\d+) weitere<\/a><\/li>/.exec(fs.readFileSync(articlePage, 'utf8'));
    assert.ok(note, 'the note links the rest');
    assert.equal(Number(note[2]), 13 - 10);
    assert.equal(path.resolve(path.dirname(articlePage), note[1]!, 'index.html'), own);
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    assert.ok(report.valid, JSON.stringify(report.results[0]?.messages.map((m) => `${m.ruleId}: ${m.message}`)));
  });
});
