// Data for the browser as classic scripts: a page opened from disk (file://) may not fetch() but runs <script src>,
// so a data file is a script that puts its values into a global map, for templates/assets/load-data.js to take.
// Written for the offline search bundle (src/search/offline.ts) and the packs of originals (src/build.ts).

/** One line of a data script: `literal` (a JavaScript literal, e.g. JSON) under `key` in the global map `global`. */
export function dataScriptLine(global: string, key: string, literal: string): string {
  return `(self.${global}=self.${global}||{})[${JSON.stringify(key)}]=${literal};\n`;
}
