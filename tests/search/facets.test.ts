// Filter values from the link stage: year, month, people, story.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { aliasWordsByArticle, placeNouns, protectedNames, searchFacets } from '../../src/search/facets.ts';
import type { LinkedArchive } from '../../src/record.ts';

const archive = {
  entities: [
    { slug: 'jens-stoltenberg', name: 'Jens Stoltenberg', kind: 'person', aliases: ['Stoltenberg'], articleIds: ['a'], seenWith: [] },
    { slug: 'ukraine', name: 'Ukraine', kind: 'place', aliases: [], articleIds: ['a', 'b'], seenWith: [] },
  ],
  stories: [{ id: 's1', slug: 's', title: 'Putin in Peking', start: null, end: null, articleIds: ['a'] }],
  links: { a: { story: 's1' }, b: { story: null } },
} as unknown as LinkedArchive;

it('gives each article its year, month, people and story', () => {
  const facets = searchFacets(archive, [
    { id: 'a', url: '/a/', date: '2022-02-04T11:02' },
    { id: 'b', url: '/b/', date: '2021' },
    { id: 'c', url: '/c/', date: null },
  ]);
  assert.deepEqual(facets.get('/a/')!.filters, { year: ['2022'], month: ['2022-02'], person: ['Jens Stoltenberg'], story: ['Putin in Peking'] });
  assert.deepEqual(facets.get('/b/')!.filters, { year: ['2021'] });
  assert.deepEqual(facets.get('/c/')!.filters, {});
  assert.deepEqual(facets.get('/a/')!.meta, { datetime: '2022-02-04T11:02' });
  assert.deepEqual(facets.get('/c/')!.meta, {});
});

it('protects entity names from compound splitting and offers places as heads', () => {
  assert.deepEqual(protectedNames(archive).sort(), ['jens', 'stoltenberg', 'ukraine']);
  assert.deepEqual(placeNouns(archive), ['Ukraine']);
});

it('maps every name word of an entity to all its name words, per article', () => {
  const map = aliasWordsByArticle({
    entities: [{ slug: 'w', name: 'Wolodymyr Selenskyj', kind: 'person', aliases: ['Selenski', 'Selenskyj'], articleIds: ['a'], seenWith: [] }],
  } as unknown as LinkedArchive);
  assert.deepEqual(map.get('a')!.Selenski, ['Wolodymyr', 'Selenskyj', 'Selenski']);
  const facets = searchFacets({ ...archive, entities: [...archive.entities] }, [{ id: 'a', url: '/a/', date: null }]);
  assert.deepEqual(facets.get('/a/')!.aliases!.Stoltenberg, ['Jens', 'Stoltenberg']);
});
