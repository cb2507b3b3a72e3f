// Checks a build of the synthetic Austrian archive (scripts/bench/austrian.ts) over all its records, as issue 14 asks:
// titles that end after an ordinal, abbreviation or initial; header titles cut; people not written so in their
// articles, genitive twins, companies listed as people, people precision/recall against the generator's labels;
// single-word quotes; articles without an outlet; page furniture left in bodies.
// Usage: node --import tsx scripts/bench/austrian-check.ts --input DIR --cache DIR/../.pressearchiv [--show 5]
import fs from 'node:fs/promises';
import path from 'node:path';
import matter from '@11ty/gray-matter';

interface Rec {
  id: string;
  title: string;
  titleSource: string;
  outlet: string | null;
  quotes: { text: string }[];
  source: { path: string };
  body: string;
}
interface Entity {
  name: string;
  kind: string;
  articleIds: string[];
}
interface Label {
  people: string[];
  companies: string[];
}

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const input = path.resolve(arg('input', '/tmp/austria-archive'));
const cache = path.resolve(arg('cache', '/tmp/.pressearchiv'));
const show = Number(arg('show', '5'));

// A title may not end after an ordinal ("am 20"), a known abbreviation ("Mrd", "St", "Dr") or an initial ("James B").
const CUT_TITLE = /(?:\b\d{1,2}|\b(?:Mrd|Mio|St|Dr|Wr|Nr|Prof|Mag|bzw|ca|vgl|Jh|Abs|Art)|(?:^|\s)[A-ZÄÖÜ])\.?$/u;
const FURNITURE =
  /^(?:Neueste|Ähnliche|Beliebte|Aktuelle|Alle) (?:Beiträge|Artikel)$|^Mehr ansehen$|Ansichten\d+ Kommentare|^Teilen auf Facebook|^Twittern$|^Per Mail teilen$/mu;

async function main(): Promise<void> {
  const labels = JSON.parse(await fs.readFile(`${input}.labels.json`, 'utf8')) as Record<string, Label>;
  const archive = JSON.parse(await fs.readFile(path.join(cache, 'archive.json'), 'utf8')) as { entities: Entity[]; quotes: { text: string; articleIds: string[] }[] };
  const records = new Map<string, Rec>();
  const texts = new Map<string, string>();
  for (const file of await fs.readdir(path.join(cache, 'records'))) {
    const { data, content } = matter(await fs.readFile(path.join(cache, 'records', file), 'utf8'));
    const rec = { ...(data as Omit<Rec, 'body'>), body: content };
    records.set(rec.id, rec);
    texts.set(rec.id, await fs.readFile(path.join(input, rec.source.path), 'utf8'));
  }
  const fail: Record<string, string[]> = {};
  const note = (kind: string, what: string) => (fail[kind] ??= []).push(what);

  for (const rec of records.values()) {
    const text = texts.get(rec.id)!;
    const bare = rec.title.replace(/\s*…$/u, '');
    if (CUT_TITLE.test(bare)) note('title ends after ordinal/abbreviation/initial', `${rec.source.path}: ${rec.title}`);
    const header = /^ date \d{4}-\d{2} (.+)$/mu.exec(text)?.[1];
    if (header && rec.title !== header.trim()) note('header title not kept whole', `${rec.source.path}: "${header}" → "${rec.title}"`);
    if (!rec.outlet) note('no outlet', rec.source.path);
    const junk = FURNITURE.exec(rec.body);
    if (junk) note('page furniture left in body', `${rec.source.path}: ${junk[0]}`);
    for (const q of rec.quotes) if (!/\s/u.test(q.text.trim())) note('single-word quote', `${rec.source.path}: ${q.text}`);
  }

  const people = archive.entities.filter((e) => e.kind === 'person');
  const names = new Set(people.map((p) => p.name));
  const companies = new Set(Object.values(labels).flatMap((l) => l.companies));
  let listed = 0,
    right = 0,
    expected = 0,
    found = 0;
  const byArticle = new Map<string, Set<string>>();
  for (const p of people) {
    if (!p.articleIds.some((id) => texts.get(id)?.includes(p.name))) note('person not written so in any of its articles', p.name);
    if (p.name.endsWith('s') && names.has(p.name.slice(0, -1))) note('genitive twin', `${p.name} beside ${p.name.slice(0, -1)}`);
    if (companies.has(p.name)) note('company listed as person', p.name);
    for (const id of p.articleIds) (byArticle.get(id) ?? byArticle.set(id, new Set()).get(id)!).add(p.name);
  }
  for (const rec of records.values()) {
    const text = texts.get(rec.id)!;
    // A labelled person counts only where the article writes the full name (a surname alone is not to be listed).
    const want = new Set((labels[rec.source.path]?.people ?? []).filter((n) => text.includes(n)));
    const got = byArticle.get(rec.id) ?? new Set<string>();
    listed += got.size;
    expected += want.size;
    for (const n of got)
      if (want.has(n)) right++;
      else note('person listed but not labelled', `${rec.source.path}: ${n}`);
    for (const n of want)
      if (got.has(n)) found++;
      else note('labelled person missed', `${rec.source.path}: ${n}`);
  }
  for (const q of archive.quotes) if (!/\s/u.test(q.text.trim())) note('single-word quote (archive)', q.text);

  console.log(`${records.size} records, ${people.length} people, ${archive.quotes.length} archive quotes`);
  console.log(`people precision ${(right / listed).toFixed(3)} (${right}/${listed}), recall ${(found / expected).toFixed(3)} (${found}/${expected})`);
  const titles = [...records.values()].reduce<Record<string, number>>((n, r) => ({ ...n, [r.titleSource]: (n[r.titleSource] ?? 0) + 1 }), {});
  console.log('title sources', JSON.stringify(titles));
  for (const [kind, list] of Object.entries(fail)) {
    console.log(`\n${kind}: ${list.length}`);
    for (const x of [...new Set(list)].slice(0, show)) console.log(`  ${x}`);
  }
}

await main();
