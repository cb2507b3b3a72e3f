// The small unit files of `npm test` (ONE_PROCESS in scripts/test-files.js) in one process: each file's tests form a
// suite named by the file, so a failure reads as `tests/x.test.ts > suite > test` with the file's own location.
import { describe } from 'node:test';

// plain JavaScript without type declarations: imported by URL
const { ONE_PROCESS } = (await import(new URL('../scripts/test-files.js', import.meta.url).href)) as { ONE_PROCESS: string[] };
for (const file of ONE_PROCESS) {
  describe(file, async () => {
    await import(new URL(`../${file}`, import.meta.url).href);
  });
}
