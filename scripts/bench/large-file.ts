// How ingest grows with the size of one file: one article of 2, 4, 8 and 16 MB made of the synthetic archive's
// paragraphs (some hard-wrapped, a new name and an attributed quote in every third), each parsed once.
// Linear means a steady time per MB. (tests/ingest/faults.test.ts checks the same by counting work, not time.)
//
//   node --import tsx scripts/bench/large-file.ts [--mb 2,4,8,16]
import { parseArgs } from 'node:util';
import { ingestFile } from '../../src/ingest/index.ts';
import { generateArchive } from './synth.ts';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '2,4,8,16' } } });
const paragraphs = generateArchive({ articles: 400, seed: 7 }).flatMap((f) =>
  f.text
    .replace(/^---[\s\S]*?\n---\n/, '')
    .split(/\n\s*\n/)
    .slice(2),
);

function article(bytes: number): Uint8Array {
  const out = ['Ein sehr langer Bericht über die Lage', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p =
      i % 3 === 0
        ? `Ministerin Anna Ko${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}ski sagte am Montag: „Wir senken die Preise um ${i} Prozent.“ „Das reicht nicht“, sagte sie.`
        : i % 3 === 1
          ? paragraphs[i % paragraphs.length]!.replace(/(.{60,70}) /g, '$1\n')
          : paragraphs[i % paragraphs.length]!;
    out.push(p, '');
    size += Buffer.byteLength(p) + 2;
  }
  return new Uint8Array(Buffer.from(out.join('\n')));
}

for (const mb of values.mb.split(',').map(Number)) {
  const bytes = article(mb * 1024 * 1024);
  const t = performance.now();
  const r = ingestFile({ path: 'gross.txt', bytes });
  const ms = performance.now() - t;
  if (!('record' in r)) throw new Error(r.issue.message);
  console.log(
    `${String(mb).padStart(3)} MB: ${Math.round(ms).toString().padStart(6)} ms, ${Math.round(ms / mb)
      .toString()
      .padStart(5)} ms/MB, ${r.record.wordCount} words`,
  );
}
