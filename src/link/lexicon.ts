// General lexicon for name detection: role nouns, agency names (given names: src/given-names.ts, shared
// with ingest). Nothing here is about any particular archive.
import { fold } from './text.ts';

/** A role noun on its own or at the end of a compound ("Kremlchef", "US-Präsident", "Regierungssprecherin"). */
export const ROLE_RE =
  /(präsident|präsidentin|präsidenten|minister|ministerin|ministers|kanzler|kanzlerin|kanzlers|sprecher|sprecherin|berater|beraterin|sekretär|sekretärin|chef|chefin|chefs|kollege|kollegen|kollegin|vorsitzende|vorsitzender|vorsitzenden|botschafter|botschafterin|bürgermeister|bürgermeisterin|abgeordnete|abgeordneter|abgeordneten|senator|senatorin|könig|königin|prinz|prinzessin|papst|trainer|direktor|direktorin|führer|führerin|gouverneur|premier|staatsoberhaupt|diktator|machthaber|oberhaupt|herrscher|außenamtssprecher)$/i;

export function isRoleNoun(word: string): boolean {
  return ROLE_RE.test(word);
}

/** News agencies: names that stand for a source, not for an organisation in the news. */
export const AGENCIES: ReadonlySet<string> = new Set(
  'dpa afx apa afp ap kna epd sid reuters ddp dts ots rtr ansa efe tass ria interfax xinhua bloomberg upi kyodo ukrinform unian belta sda ats'.split(' ').map(fold),
);

/** Suffixes of German common nouns; a capitalised word with one is not a surname. */
export const COMMON_NOUN_SUFFIX_RE =
  /(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|nis|nisse|tum|ment|ments|enz|anz|ik|ie|ien|ei|eien|ling|chen|lein|ist|isten|eur|ur|uren|ur|sten|werk|zeug|land|haus|amt|rat|stadt|dorf|kraft|kräfte|lage|frage|fragen|reise|sicherheit|zeit)$/i;
