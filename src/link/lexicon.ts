// General lexicon for name detection: given names (shared with ingest), role nouns,
// agency names. Nothing here is about any particular archive.
import { GIVEN_NAMES } from '../given-names.ts';
import { fold } from './text.ts';

/** Given names, folded: the shared list of src/given-names.ts. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...GIVEN_NAMES].map(fold));

/** A role noun on its own or at the end of a compound ("Kremlchef", "US-Präsident", "Regierungssprecherin"). */
export const ROLE_RE =
  /(präsident|präsidentin|präsidenten|minister|ministerin|ministers|kanzler|kanzlerin|kanzlers|sprecher|sprecherin|berater|beraterin|sekretär|sekretärin|chef|chefin|chefs|kollege|kollegen|kollegin|vorsitzende|vorsitzender|vorsitzenden|botschafter|botschafterin|bürgermeister|bürgermeisterin|abgeordnete|abgeordneter|abgeordneten|senator|senatorin|könig|königin|prinz|prinzessin|papst|trainer|direktor|direktorin|führer|führerin|gouverneur|premier|staatsoberhaupt|diktator|machthaber|oberhaupt|herrscher|außenamtssprecher)$/i;

export function isRoleNoun(word: string): boolean {
  return ROLE_RE.test(word);
}

/** News agencies: names that stand for a source, not for an organisation in the news. */
export const AGENCIES: ReadonlySet<string> = new Set(
  'dpa afx apa afp ap kna epd sid reuters ddp dts ots rtr ansa efe tass ria interfax xinhua bloomberg upi kyodo ukrinform unian belta sda ats'
    .split(' ')
    .map(fold),
);

/** Suffixes of German common nouns; a capitalised word with one is not a surname. */
export const COMMON_NOUN_SUFFIX_RE =
  /(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|nis|nisse|tum|ment|ments|enz|anz|ik|ie|ien|ei|eien|ling|chen|lein|ist|isten|eur|ur|uren|ur|sten|werk|zeug|land|haus|amt|rat|stadt|dorf|kraft|kräfte|lage|frage|fragen|reise|sicherheit|zeit)$/i;
