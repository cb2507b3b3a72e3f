// Words that German, Austrian and Swiss news write with a full stop that ends no sentence: the one list that
// ingest's sentence splitter and link's passage boundaries both read.

// lower case; "z. B." is matched part by part
const ABBREVIATIONS = new Set(
  ('abg abs abt adr allg bd bde bgm bzgl bzw ca chr dgl dipl dkfm dt ebd ehem eidg entspr erg evtl exkl fa ff frl ' +
    'geb gebr gem ges gest ggf ggü hl hrsg inkl ing jh jhd kap kath kfm kt lt mind mio mill mrd mwst ' +
    'nachf nr nrn pfr pkt prof rd röm sfr sog std str stv tel tsd univ urspr usf usw vbgm verh vgl vs wr zzgl').split(' '),
);
// also lower-case words ("so", "dir", "mag"): abbreviations only when capitalised ("So. 4. 2.", "Dir. Huber", "Mag. Berger")
const CAPITALISED_ABBREVIATIONS = new Set(
  ('dir dr fr hr mag sen jun st ' +
    // months and weekdays as dates print them: "4. Feb. 2022", "Fr. 4. 2."
    'jan jän feb mär apr jul aug sep sept okt nov dez mo di mi do sa so').split(' '),
);

/** True when `word` (as written, without its full stop) is an abbreviation that takes a full stop. */
export function isAbbreviation(word: string): boolean {
  const key = word.toLowerCase();
  return ABBREVIATIONS.has(key) || (CAPITALISED_ABBREVIATIONS.has(key) && /^\p{Lu}/u.test(word));
}
