// The people index sorts by surname (German convention: a lowercase particle is not sorted by, a capitalised one is).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../src/record.ts';
import { personSortKey } from '../../src/render/pages/entities.ts';
import { buildSiteModel } from '../../src/render/site.ts';
import { archive, config, record } from './fixtures.ts';

const person = (name: string, slug: string): Entity => ({ slug, name, kind: 'person', aliases: [], articleIds: ['a'], seenWith: [] });

describe('people index', () => {
  const names = [
    'Zoe Adler',
    'Alexander Van der Bellen',
    'Ursula von der Leyen',
    'Maria von Trapp',
    'Georg Trapp',
    'Johanna Mikl-Leitner',
    'Hans Peter Doskozil',
    'Madonna',
    'Björn Öztürk',
    'Anna Oberhuber',
    'Charles de Gaulle',
  ];
  const model = buildSiteModel(archive([record('a')], { entities: names.map((n, i) => person(n, `p${i}`)) }), config());
  const people = model.entityIndexes.find((x) => x.kind === 'person')!;

  it('lists people by surname, particles by the German convention, a single word by itself', () => {
    const order = people.letters.flatMap((l) => l.items.map((i) => i.label));
    assert.deepEqual(order, [
      'Zoe Adler',
      'Hans Peter Doskozil',
      'Charles de Gaulle',
      'Ursula von der Leyen',
      'Madonna',
      'Johanna Mikl-Leitner',
      'Anna Oberhuber',
      'Björn Öztürk',
      'Georg Trapp',
      'Maria von Trapp',
      'Alexander Van der Bellen',
    ]);
  });

  it('puts each name under its surname initial', () => {
    const letterOf = (label: string) => people.letters.find((l) => l.items.some((i) => i.label === label))!.letter;
    assert.equal(letterOf('Ursula von der Leyen'), 'L');
    assert.equal(letterOf('Alexander Van der Bellen'), 'V');
    assert.equal(letterOf('Björn Öztürk'), 'O');
    assert.equal(letterOf('Zoe Adler'), 'A');
  });

  it('splits a name into the sort key parts', () => {
    assert.deepEqual(personSortKey('Maria von Trapp'), ['Trapp', 'von', 'Maria']);
    assert.deepEqual(personSortKey('Alexander Van der Bellen'), ['Van der Bellen', '', 'Alexander']);
    assert.deepEqual(personSortKey('Madonna'), ['Madonna', '', '']);
    assert.deepEqual(personSortKey('Hans Peter Doskozil'), ['Doskozil', '', 'Hans Peter']);
  });

  it('sorts a name written family name first by the word the articles use alone', () => {
    assert.deepEqual(personSortKey('Xi Jinping', ['Xi']), ['Xi', '', 'Jinping']);
    assert.deepEqual(personSortKey('Kim Jong Un', ['Kim', 'Kim Jong-un']), ['Kim', '', 'Jong Un']);
    assert.deepEqual(personSortKey('Wladimir Putin', ['Putin', 'Vladimir Putin']), ['Putin', '', 'Wladimir']);
    assert.deepEqual(personSortKey('Xi Jinping'), ['Jinping', '', 'Xi'], 'no alias says otherwise: the last word');
    // an article that says both "Xi" and "Jinping" alone gives no evidence for the first word
    assert.deepEqual(personSortKey('Xi Jinping', ['Xi', 'Jinping']), ['Jinping', '', 'Xi']);
    const xi = buildSiteModel(
      archive([record('a')], { entities: [person('Xi Jinping', 'x'), person('Anna Yilmaz', 'y')].map((e, i) => (i ? e : { ...e, aliases: ['Xi'] })) }),
      config(),
    );
    const letters = xi.entityIndexes.find((x) => x.kind === 'person')!.letters;
    assert.deepEqual(
      letters.map((l) => [l.letter, l.items.map((i) => i.label)]),
      [
        ['X', ['Xi Jinping']],
        ['Y', ['Anna Yilmaz']],
      ],
    );
  });
});
