// Given names of many countries (data/given-names.json, made by scripts/given-names.ts from the first-name
// lists of @faker-js/faker's locales): the one list both ingest and link use to tell a person's name.
import { readFileSync } from 'node:fs';

const FILE = new URL('../data/given-names.json', import.meta.url);

/** Given names as written ("Jürgen", "Loïc", "Anne-Sophie", "Wolodymyr"). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set((JSON.parse(readFileSync(FILE, 'utf8')) as { names: string[] }).names);

/** A given name, or a hyphenated pair of them ("Heinz-Christian", "Hans-Peter"). */
export function isGivenName(word: string): boolean {
  if (GIVEN_NAMES.has(word)) return true;
  if (!word.includes('-')) return false; // no pair to split: a word of running text mostly
  const parts = word.split('-');
  return parts.length === 2 && parts.every((p) => GIVEN_NAMES.has(p));
}

/** Words that open German sentences and are never part of a name ("… sagte John Carlin. Aufgrund …", "Solange"). */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set(
  `Aufgrund Wegen Trotz Solange Sobald Obwohl Falls Seitdem Bevor Statt Anstatt Infolge Angesichts Gemäß Dank Außerdem
  Allerdings Jedoch Trotzdem Inzwischen Mittlerweile Später Zunächst Schließlich Stattdessen Somit Sonst Ebenfalls Dennoch
  Vielmehr Immerhin Offenbar Bislang Bisher Künftig Insgesamt Danach Daher Deshalb Dabei Damit Dann Zudem Zuvor Zuletzt
  Laut Nachdem Während Heute Gestern Morgen Jetzt Nun Hier Dort Auch Aber Doch Denn Oder Und Als Wie Wenn Weil Dass`.split(/\s+/),
);
