// Prints precision and recall of people and quotes on the labelled sets (docs/QUALITY.md quotes its output).
// Usage: node --import tsx scripts/quality.ts [--errors]
import { measure, precision, qualitySets, recall } from '../tests/quality/measure.ts';

const showErrors = process.argv.includes('--errors');
// --only=tuned,seeds: the sets to measure (rules are developed against tuned and seeds, never untuned)
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const f = (x: number): string => x.toFixed(2);
console.log('| set | articles | people P | people R | quotes P | quotes R | speakers right |');
console.log('|---|---|---|---|---|---|---|');
const reports = Object.entries(qualitySets())
  .filter(([name]) => !only || only.includes(name))
  .map(([name, set]) => [name, measure(set)] as const);
for (const [name, r] of reports) {
  const s = r.speakers;
  console.log(
    `| ${name} | ${r.articles} | ${f(precision(r.people))} (${r.people.tp}/${r.people.tp + r.people.fp}) | ${f(recall(r.people))} (${r.people.tp}/${r.people.tp + r.people.fn}) | ${f(precision(r.quotes))} (${r.quotes.tp}/${r.quotes.tp + r.quotes.fp}) | ${f(recall(r.quotes))} (${r.quotes.tp}/${r.quotes.tp + r.quotes.fn}) | ${s.right}/${s.labelled} |`,
  );
}
if (showErrors) {
  for (const [name, r] of reports) {
    console.log(`\n## ${name}`);
    for (const [kind, list] of Object.entries(r.errors)) if (list.length) console.log(`${kind}:\n  ${list.join('\n  ')}`);
  }
}
