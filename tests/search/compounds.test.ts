// Compound splitting: precision and recall on a hand-judged word list, and the cases the issue names.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compoundTokens, DEFAULT_SPLIT_OPTIONS, splitCompound, type NounLexicon } from '../../src/search/compounds.ts';
import { loadNounLexicon, withExtraNouns } from '../../src/search/lexicon.ts';
import { root } from '../helpers/cli.ts';

const lexicon = loadNounLexicon();

function judged(): { word: string; expected: string }[] {
  const text = fs.readFileSync(path.join(root, 'tests/fixtures/search/compounds.tsv'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [word, expected] = l.split('\t');
      return { word: word!, expected: expected!.trim() };
    });
}

describe('compound splitting', () => {
  it('finds the parts the issue asks for', () => {
    assert.deepEqual(compoundTokens('Gaslieferungen', lexicon), ['Lieferungen']);
    assert.deepEqual(compoundTokens('Energielieferungen', lexicon), ['Energie', 'Lieferungen']);
    assert.deepEqual(compoundTokens('Energieversorgung', lexicon), ['Energie', 'Versorgung']);
    assert.deepEqual(splitCompound('Menschenrechtsverletzungen', lexicon)?.parts, ['Menschen', 'rechts', 'verletzungen']);
    assert.deepEqual(compoundTokens('Verteidigungsminister', lexicon), ['Verteidigung', 'Minister']);
  });

  it('leaves non-compounds, lower-case words, acronyms and proper names alone', () => {
    for (const w of ['Lieferungen', 'Notwendigkeit', 'Partnerschaft', 'Russland', 'Deutschland', 'Stoltenberg', 'verabschiedeten', 'NATO', 'Gas']) {
      assert.equal(splitCompound(w, lexicon), null, w);
    }
  });

  it('keeps protected names whole', () => {
    assert.ok(splitCompound('Rosenberg', lexicon));
    const options = { ...DEFAULT_SPLIT_OPTIONS, protect: new Set(['rosenberg']) };
    assert.equal(splitCompound('Rosenberg', lexicon, options), null);
  });

  it('takes place names as heads when told', () => {
    assert.equal(splitCompound('Ostukraine', lexicon), null);
    assert.deepEqual(compoundTokens('Ostukraine', withExtraNouns(lexicon, ['Ukraine'])), ['Ukraine']);
  });

  it('is precise on the judged list (precision ≥ 0.9, recall ≥ 0.8)', () => {
    let made = 0;
    let correct = 0;
    let expected = 0;
    const wrong: string[] = [];
    for (const { word, expected: want } of judged()) {
      const got = splitCompound(word, lexicon)?.parts.join('|').toLowerCase() ?? '-';
      if (want !== '-') expected++;
      if (got !== '-') {
        made++;
        if (got === want.toLowerCase()) correct++;
        else wrong.push(`${word}: ${got} (want ${want})`);
      }
    }
    const precision = correct / made;
    const recall = correct / expected;
    assert.ok(precision >= 0.9, `precision ${precision.toFixed(3)}; wrong: ${wrong.join(', ')}`);
    assert.ok(recall >= 0.8, `recall ${recall.toFixed(3)}`);
  });

  it('works on any lexicon (pure)', () => {
    const tiny: NounLexicon = { has: (w) => ['gas', 'lieferung', 'lieferungen'].includes(w) };
    assert.deepEqual(compoundTokens('Gaslieferung', tiny), ['Lieferung']);
    assert.equal(splitCompound('Gaslieferant', tiny), null);
  });
});
