// The noun lexicon is looked up by bisection in its sorted copy (src/search/lexicon.ts `sortedLookup`), and from
// many lookups on in a Set: both must answer exactly what a Set of the words answers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sortedLines, sortedLookup } from '../../src/search/lexicon.ts';

const WORDS = ['haus', 'häuser', 'hausarzt', 'straße', 'strasse', 'œuvre', 'zürich', 'a', 'ab', 'abc', 'ähre', 'z', '𝔞lpha', 'ﬀ'];
const PROBES = ['', 'h', 'hau', 'hausa', 'hausarzte', 'häuser', 'häus', 'stras', 'straß', 'aa', 'abcd', 'zz', 'œ', '𝔞', 'ﬁ', 'Haus'];

describe('the noun lexicon’s lookup', () => {
  it('answers as a Set of its words does, by bisection and after switching to a Set', () => {
    for (const words of [[], ['haus'], WORDS, WORDS.slice(0, 5)]) {
      const set = new Set(words);
      for (const setAfter of [Infinity, 3]) {
        const has = sortedLookup(sortedLines(words), setAfter);
        for (const w of [...words, ...PROBES]) assert.equal(has(w), set.has(w), `${JSON.stringify(w)} in ${JSON.stringify(words)} (set after ${setAfter})`);
      }
    }
  });

  it('answers as a Set does for any list of words and any probe', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'ß', 'œ', '𝔞'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), (words, probes) => {
        const has = sortedLookup(sortedLines(words), Infinity);
        const set = new Set(words);
        return [...words, ...probes].every((w) => has(w) === set.has(w));
      }),
    );
  });
});
