// Writes data/given-names.json, the given-name list of name detection (src/given-names.ts), from the
// first-name lists of @faker-js/faker's locales: German, Austrian, Swiss and other Latin-script locales as
// they are, Russian and Ukrainian transliterated the German and the English way (Владимир: Wladimir,
// Vladimir). Faker's German lists are today's baby names, so the names of the generations now in office
// (born 1935-1980) are added from the common-name statistics of those years (GENERATIONS below).
// Run: node --import tsx scripts/given-names.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as faker from '@faker-js/faker';
import type { LocaleDefinition } from '@faker-js/faker';

const LATIN_LOCALES = [
  'de',
  'de_AT',
  'de_CH',
  'en',
  'en_AU',
  'en_CA',
  'en_GB',
  'en_GH',
  'en_IE',
  'en_IN',
  'en_NG',
  'en_US',
  'en_ZA',
  'fr',
  'fr_BE',
  'fr_CH',
  'fr_SN',
  'it',
  'es',
  'es_MX',
  'pt_BR',
  'pt_PT',
  'nl',
  'nl_BE',
  'pl',
  'cs_CZ',
  'sk',
  'hu',
  'hr',
  'sl_SI',
  'ro',
  'ro_MD',
  'sv',
  'nb_NO',
  'da',
  'fi',
  'tr',
  'lv',
  'af_ZA',
];
const CYRILLIC_LOCALES = { ru: 'ru', uk: 'uk' } as const;

// The most given German, Austrian and Swiss first names of the birth years 1935-1980, which faker's lists
// of present-day baby names lack.
const GENERATIONS = `Achim Alfred Alois Anke Annegret Annelie Annemarie Antje Axel Bärbel Beate Bernd Birgit Bodo Brigitte
Burkhard Carsten Christa Cornelia Dagmar Detlef Dieter Dietmar Dietrich Dörte Doris Eckhard Edeltraud Egon Elfriede Elke
Engelbert Erika Erwin Frauke Friedhelm Fritz Gabriele Gerd Gerda Gerhard Gernot Gert Gesine Gisela Gottfried Götz Gudrun
Günter Günther Hannelore Hanspeter Hansjörg Harald Hartmut Heidemarie Heike Heiko Heiner Heinz Helga Helge Helmut
Herbert Hermann Herwig Hilde Hildegard Holger Horst Hubert Hubertus Ilse Inge Ingeborg Ingo Ingrid Irmgard Jochen Jörg
Joschka Jürgen Jutta Karl-Heinz Karsten Kerstin Klaus Kurt Liselotte Lothar Ludger Lutz Manfred Margit Marianne Marion
Monika Norbert Otmar Ottmar Ralf Rainer Reinhard Reinhold Renate Reto Roland Rolf Rosemarie Roswitha Ruth Sabine Sepp
Siegfried Sigmar Sigrid Silke Susanne Thorsten Tilman Torsten Udo Ueli Ulf Ulla Ulrike Urs Ursula Ute Uwe Volker
Walburga Waltraud Werner Wiebke Wilfried Willi Winfried Wolfgang Wolf-Dieter`;

const GERMAN_CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'w',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'jo',
  є: 'je',
  ж: 'sch',
  з: 's',
  и: 'i',
  і: 'i',
  ї: 'ji',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'ch',
  ц: 'z',
  ч: 'tsch',
  ш: 'sch',
  щ: 'schtsch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  "'": '',
};
const ENGLISH_CYRILLIC: Record<string, string> = {
  ...GERMAN_CYRILLIC,
  в: 'v',
  е: 'e',
  ё: 'yo',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  й: 'y',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ю: 'yu',
  я: 'ya',
  ї: 'yi',
};

/** A Cyrillic name in Latin letters; Ukrainian и and г are y and h. */
function transliterate(name: string, table: Record<string, string>, ukrainian: boolean): string {
  const lower = name.toLowerCase();
  let out = '';
  let prev = '';
  for (const ch of lower) {
    // е after a vowel or at the start is je (German) or ye (English): Евгений, Jewgeni
    if (ch === 'е' && !ukrainian && (prev === '' || /[аеёиоуыэюяьъ]/.test(prev))) out += table === GERMAN_CYRILLIC ? 'je' : 'ye';
    else if (ukrainian && ch === 'и') out += 'y';
    else if (ukrainian && ch === 'г') out += 'h';
    else out += table[ch] ?? ch;
    prev = ch;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** German -ij/-ej endings are also written -i/-ei (Dmitrij, Dmitri); English -iy is also -y (Dmitriy, Dmitry). */
function spellings(name: string, english: boolean): string[] {
  const out = [name];
  if (!english && /ij$/.test(name)) out.push(name.slice(0, -1));
  if (english && /iy$/.test(name)) out.push(`${name.slice(0, -2)}y`);
  return out;
}

function firstNames(locale: LocaleDefinition | undefined): string[] {
  const fn = locale?.person?.first_name;
  if (!fn) return [];
  return Array.isArray(fn) ? fn : [...(fn.generic ?? []), ...(fn.female ?? []), ...(fn.male ?? [])];
}

export function buildGivenNames(): string[] {
  const all = faker as unknown as Record<string, LocaleDefinition>;
  const names = new Set<string>();
  for (const l of LATIN_LOCALES) for (const n of firstNames(all[l])) names.add(n);
  for (const [l, lang] of Object.entries(CYRILLIC_LOCALES)) {
    for (const n of firstNames(all[l])) {
      for (const s of spellings(transliterate(n, GERMAN_CYRILLIC, lang === 'uk'), false)) names.add(s);
      for (const s of spellings(transliterate(n, ENGLISH_CYRILLIC, lang === 'uk'), true)) names.add(s);
    }
  }
  for (const n of GENERATIONS.split(/\s+/)) if (n) names.add(n);
  // one word of letters (hyphenated parts allowed), at least three of them: "Bo", "Al", "Anh Vũ" cannot be told from words
  return [...names].filter((n) => /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(n)).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = buildGivenNames();
  const file = fileURLToPath(new URL('../data/given-names.json', import.meta.url));
  writeFileSync(file, `${JSON.stringify({ source: '@faker-js/faker first-name lists, see scripts/given-names.ts', names })}\n`);
  console.log(`${file}: ${names.length} given names`);
}
