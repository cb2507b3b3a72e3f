// Scale check of the link stage (not a unit test): `npx tsx tests/link/scale-check.ts [articles]`.
// Generates synthetic archives: events covered by several outlets, agency copy reprinted with edits,
// quotes in different quote marks, names, common filler words; prints the time linkArchive takes.
import { linkArchive } from '../../src/link/index.ts';
import type { ArticleRecord } from '../../src/record.ts';
import { makeRecord } from './helpers.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticArchive(n: number, seed = 1): ArticleRecord[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const syll = ['ka', 'ro', 'mel', 'ten', 'sto', 'ber', 'an', 'lin', 'ga', 'de', 'ur', 'wis', 'ho', 'fen', 'schu', 'tra', 'mi', 'gel', 'ber', 'nu'];
  const word = (): string => Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(syll)).join('');
  const common = [
    'der',
    'die',
    'das',
    'und',
    'in',
    'mit',
    'nach',
    'Regierung',
    'sagte',
    'am',
    'Stadt',
    'Jahr',
    'Menschen',
    'Polizei',
    'Angaben',
    'weiter',
    'neue',
    'hat',
    'ist',
    'wurde',
    'Woche',
    'Präsident',
  ];
  const vocab = Array.from({ length: 30000 }, word);
  const firsts = ['Anna', 'Peter', 'Maria', 'Jürgen', 'Sabine', 'Thomas', 'Olga', 'Juri', 'Jurij', 'Dmitri', 'Dmitrij'];
  const sentence = (topic: string[], len: number): string => {
    const ws = Array.from({ length: len }, () => (r() < 0.45 ? pick(common) : r() < 0.5 ? pick(topic) : pick(vocab)));
    ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1);
    return `${ws.join(' ')}.`;
  };
  const events = Math.max(1, Math.floor(n / 5));
  const out: ArticleRecord[] = [];
  const day0 = Date.UTC(2021, 0, 1);
  for (let e = 0; e < events && out.length < n; e++) {
    const topic = Array.from({ length: 25 }, () => pick(vocab));
    const person = `${pick(firsts)} ${word()[0]!.toUpperCase()}${word()}`;
    const quote = Array.from({ length: 6 }, () => pick(topic)).join(' ');
    const wire = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => sentence(topic, 12 + Math.floor(r() * 10))).join(' '));
    const day = day0 + Math.floor(r() * 700) * 86_400_000;
    const perEvent = 3 + Math.floor(r() * 5);
    for (let k = 0; k < perEvent && out.length < n; k++) {
      const paras: string[] = [];
      const marks = [
        ['„', '“'],
        ['«', '»'],
        ['"', '"'],
      ][k % 3]!;
      paras.push(`${person} sagte, man werde ${marks[0]}${quote}${marks[1]}. ${sentence(topic, 15)}`);
      if (r() < 0.5) for (const p of wire.slice(0, 2 + Math.floor(r() * 3))) paras.push(r() < 0.3 ? p.replace(/ und /, ' sowie ') : p);
      for (let p = 0; p < 4 + Math.floor(r() * 6); p++) paras.push(Array.from({ length: 3 }, () => sentence(topic, 10 + Math.floor(r() * 12))).join(' '));
      const dated = r() < 0.85;
      const date = new Date(day + (k % 2) * 86_400_000).toISOString().slice(0, 10);
      out.push(
        makeRecord({
          id: `a${String(out.length).padStart(6, '0')}`,
          title: sentence(topic, 6).slice(0, -1),
          date: dated ? date : null,
          outlet: `Blatt ${k % 40}`,
          agencies: r() < 0.3 ? ['dpa'] : [],
          people: [person],
          body: paras.join('\n\n'),
        }),
      );
    }
  }
  return out;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const sizes = process.argv[2] ? [Number(process.argv[2])] : [1000, 10000];
  for (const n of sizes) {
    const records = syntheticArchive(n);
    const words = records.reduce((s, x) => s + x.wordCount, 0);
    const t0 = performance.now();
    const out = linkArchive(records);
    const ms = performance.now() - t0;
    console.log(
      `${n} articles (${words} words): ${(ms / 1000).toFixed(2)} s — ${out.stories.length} stories, ${out.passages.length} passages, ` +
        `${out.quotes.length} quotes, ${out.entities.length} entities, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
    );
  }
}
