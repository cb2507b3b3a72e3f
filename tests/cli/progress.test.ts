// Long builds say which stage runs and for how long.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createProgress } from '../../src/cli/progress.ts';

it('prints each stage, then a heartbeat while it runs, and nothing after stop', async () => {
  const lines: string[] = [];
  const progress = createProgress((l) => lines.push(l), 20);
  progress.stage('render: 5 Artikelseiten');
  await sleep(70);
  progress.stop();
  const count = lines.length;
  await sleep(50);
  assert.equal(lines[0], '… render: 5 Artikelseiten');
  assert.ok(
    lines.slice(1).every((l) => /^… render läuft seit \d+ s$/.test(l)),
    lines.join('\n'),
  );
  assert.ok(count >= 2, 'at least one heartbeat');
  assert.equal(lines.length, count, 'silent after stop');
});

it('the build names each stage as it starts: the heartbeat during linking says link, not ingest', async () => {
  const { prepareSite, projectRoot } = await import('../../src/build.ts');
  const messages: string[] = [];
  await prepareSite({ input: `${projectRoot}/seeds`, output: `${projectRoot}/.no-such-site`, onProgress: (m) => messages.push(m) });
  const stage = (m: string) => m.split(':')[0];
  assert.deepEqual(messages.map(stage), ['ingest', 'link', 'model'], messages.join('\n'));
  assert.match(messages[1]!, /^link: \d+ Artikel$/);
});
