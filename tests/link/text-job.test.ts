// The shared passages and quotes found in a worker thread are the ones found in this thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkArchive } from '../../src/link/index.ts';
import { AGENCY_TEXT, OUTLET_A, OUTLET_B, UNRELATED } from '../fixtures/link/agency.ts';
import { makeRecord } from './helpers.ts';
import { syntheticArchive } from './scale-check.ts';

test('a worker thread finds the same relations as this thread (agency copy and its reprints)', () => {
  const records = [
    makeRecord({ id: 'agentur', title: 'Senat stellt Hafenplan vor', date: '2023-05-09', agencies: ['dpa'], body: AGENCY_TEXT }),
    makeRecord({ id: 'blatt-a', title: 'Große Pläne für den Hafen', date: '2023-05-09T14:00', outlet: 'Blatt A', body: OUTLET_A }),
    makeRecord({
      id: 'portal',
      title: 'Was der Senat plant',
      date: '2023-05-09',
      body: 'Ein Überblick über die Pläne.\n\nWeitere Meldungen folgen.',
      embedded: [{ title: 'Hafenplan', credit: 'dpa', date: '2023-05-09', text: OUTLET_B }],
    }),
    makeRecord({ id: 'anderes', title: 'Straßenbahn in München', date: '2023-05-11', outlet: 'Blatt A', body: UNRELATED }),
  ];
  const here = linkArchive(records, { textWorker: false });
  const there = linkArchive(records, { textWorker: true });
  assert.ok(here.passages.length > 0);
  assert.deepEqual(there, here);
});

test('a worker thread finds the same relations as this thread (synthetic archive)', () => {
  const records = syntheticArchive(300, 7);
  const here = linkArchive(records, { textWorker: false });
  const there = linkArchive(records, { textWorker: true });
  assert.ok(here.passages.length > 10);
  assert.deepEqual(there, here);
});
