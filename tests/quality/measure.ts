// Precision and recall of people and quotes on hand-labelled articles (tests/fixtures/quality/, and the seeds),
// measured on what a reader sees: the link stage's persons of each article and the quotes ingest kept.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ingestFiles } from '../../src/ingest/index.ts';
import { linkArchive } from '../../src/link/index.ts';
import type { ArticleRecord, LinkedArchive } from '../../src/record.ts';

export interface LabelledQuote {
  text: string;
  speaker: string | null;
  embedded?: boolean; // inside reproduced agency copy: credited to that copy, not to the page
}

export interface Label {
  title?: string;
  outlet?: string | null;
  people: string[];
  quotes: LabelledQuote[];
  notPeople?: string[];
  notOrganisations?: string[];
  ignoreQuotes?: string[]; // quoted words the labeller could not call either way: neither hit nor miss
}

export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

export interface Report {
  articles: number;
  people: Count;
  quotes: Count;
  speakers: { right: number; labelled: number }; // matched quotes whose labelled speaker the system named
  errors: {
    falsePeople: string[]; // "file: name"
    missedPeople: string[];
    falseQuotes: string[];
    missedQuotes: string[];
    wrongSpeakers: string[];
    notAsWritten: string[]; // listed names that their articles never write
    genitiveDuplicates: string[];
    forbidden: string[]; // notPeople / notOrganisations found
  };
}

export const QUALITY_DIR = new URL('../fixtures/quality/', import.meta.url).pathname;
export const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname;

const ws = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Quote text for comparison: one kind of ellipsis, no surrounding punctuation. */
export function quoteForm(s: string): string {
  return ws(s.replace(/\(\.\.\.\)|\(…\)/g, '…').replace(/\.\.\./g, '…'))
    .replace(/^[\s"'„“”«»‹›‚‘’,;:.]+|[\s"'„“”«»‹›‚‘’,;:.]+$/g, '')
    .toLowerCase();
}

function sameQuote(a: string, b: string): boolean {
  const x = quoteForm(a);
  const y = quoteForm(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 0.8 * long.length && long.includes(short);
}

export interface Loaded {
  dir: string;
  files: { name: string; text: string; label: Label }[];
}

/** The .txt articles of a folder and their labels (the .json beside each, or in `labelDir`). */
export function loadSet(dir: string, labelDir = dir): Loaded {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(join(dir, name), 'utf8'),
      label: JSON.parse(readFileSync(join(labelDir, `${basename(name, '.txt')}.json`), 'utf8')) as Label,
    }));
  return { dir, files };
}

function linked(set: Loaded): { records: Map<string, ArticleRecord>; out: LinkedArchive } {
  const input = set.files.map((f) => ({ path: f.name, bytes: new TextEncoder().encode(f.text) }));
  const { records } = ingestFiles(input);
  const out = linkArchive(records, { textWorker: false });
  return { records: new Map(out.articles.map((r) => [r.source.path, r])), out };
}

/** Measures one labelled set. */
export function measure(set: Loaded): Report {
  const { records, out } = linked(set);
  const bySlug = new Map(out.entities.map((e) => [e.slug, e]));
  const report: Report = {
    articles: set.files.length,
    people: { tp: 0, fp: 0, fn: 0 },
    quotes: { tp: 0, fp: 0, fn: 0 },
    speakers: { right: 0, labelled: 0 },
    errors: { falsePeople: [], missedPeople: [], falseQuotes: [], missedQuotes: [], wrongSpeakers: [], notAsWritten: [], genitiveDuplicates: [], forbidden: [] },
  };
  const textOf = new Map(set.files.map((f) => [f.name, ws(f.text)]));
  for (const f of set.files) {
    const r = records.get(f.name);
    const e = report.errors;
    if (!r) throw new Error(`${f.name}: not ingested`);
    const ents = (out.links[r.id]?.entities ?? []).map((s) => bySlug.get(s)!);
    const persons = ents.filter((x) => x.kind === 'person');
    // people: a listed person is right when its name or one of its spellings is a labelled name
    const found = new Set<string>();
    for (const p of persons) {
      const hit = f.label.people.find((l) => l === p.name || p.aliases.includes(l));
      if (hit) {
        report.people.tp += found.has(hit) ? 0 : 1;
        found.add(hit);
      } else {
        report.people.fp++;
        e.falsePeople.push(`${f.name}: ${p.name}`);
      }
      // the name shown is one some article of this person writes
      if (!p.articleIds.some((id) => textOf.get([...records.values()].find((x) => x.id === id)?.source.path ?? '')?.includes(p.name))) {
        e.notAsWritten.push(`${f.name}: ${p.name}`);
      }
    }
    for (const l of f.label.people)
      if (!found.has(l)) {
        report.people.fn++;
        e.missedPeople.push(`${f.name}: ${l}`);
      }
    for (const p of persons) if (persons.some((q) => q.name === `${p.name}s` || q.name === `${p.name}'s`)) e.genitiveDuplicates.push(`${f.name}: ${p.name}`);
    for (const name of r.people) if (!textOf.get(f.name)!.includes(name)) e.notAsWritten.push(`${f.name}: ingest ${name}`);
    for (const n of f.label.notPeople ?? []) if (persons.some((p) => p.name === n)) e.forbidden.push(`${f.name}: person ${n}`);
    for (const n of f.label.notOrganisations ?? []) if (ents.some((p) => p.kind === 'organisation' && p.name === n)) e.forbidden.push(`${f.name}: organisation ${n}`);
    measureQuotes(f.name, r, f.label, report);
  }
  return report;
}

function measureQuotes(name: string, r: ArticleRecord, label: Label, report: Report): void {
  const e = report.errors;
  const system = [
    ...r.quotes.map((q) => ({ ...q, embedded: false })),
    ...r.embedded.flatMap((x) => ((x as { quotes?: { text: string; speaker: string | null }[] }).quotes ?? []).map((q) => ({ ...q, embedded: true }))),
  ];
  const matched = new Set<LabelledQuote>();
  for (const q of system) {
    if ((label.ignoreQuotes ?? []).some((t) => quoteForm(t) === quoteForm(q.text))) continue;
    const hit = label.quotes.find((l) => !!l.embedded === q.embedded && sameQuote(l.text, q.text));
    if (!hit) {
      report.quotes.fp++;
      e.falseQuotes.push(`${name}: ${q.embedded ? '[agency copy] ' : ''}„${q.text}“`);
      continue;
    }
    if (matched.has(hit)) continue; // the same quote twice in one article is one quote
    matched.add(hit);
    report.quotes.tp++;
    if (hit.speaker) {
      report.speakers.labelled++;
      if (q.speaker === hit.speaker) report.speakers.right++;
      else e.wrongSpeakers.push(`${name}: „${hit.text}“ — ${q.speaker ?? 'nobody'} instead of ${hit.speaker}`);
    }
  }
  for (const l of label.quotes) {
    if (matched.has(l)) continue;
    report.quotes.fn++;
    e.missedQuotes.push(`${name}: ${l.embedded ? '[agency copy] ' : ''}„${l.text}“`);
  }
}

export const precision = (c: Count): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Count): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

/** The three sets the quality report covers. */
export function qualitySets(): Record<'untuned' | 'tuned' | 'seeds', Loaded> {
  return {
    untuned: loadSet(join(QUALITY_DIR, 'untuned')),
    tuned: loadSet(join(QUALITY_DIR, 'tuned')),
    seeds: loadSet(SEEDS_DIR, join(QUALITY_DIR, 'seeds')),
  };
}
