// URL slugs for every stage: German transliteration (ä → ae, ß → ss), lower case, words joined by "-".
import slugify from '@sindresorhus/slugify';

/** The slug of a name or title. Not decamelized: "AfD" is "afd" and "ÖVP" "oevp", not "af-d" and "oe-vp". */
export function makeSlug(text: string): string {
  return slugify(text, { decamelize: false });
}
