// General lexicon for name detection: common first names (with transliteration variants), role nouns,
// agency names. Nothing here is about any particular archive.
import { fold } from './text.ts';

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `Aaron Abdullah Achim Adam Adolf Adrian Agnes Ahmad Ahmed Alain Albert Alberto Alejandro Aleksandr Alessandro Alexander
  Alexandr Alexandra Alexej Alexei Alexey Ali Alice Alina Alois Amelie Ana Anatoli Anatolij Andrea Andreas Andrej Andrei
  Andrew Andrzej Angela Angelika Anita Anja Anke Ann Anna Annalena Anne Annegret Annette Anton Antonio Antony Antonij Armin
  Arnold Arseni Arsenij Axel Barack Barbara Beata Beate Benedikt Benjamin Bernd Bernhard Bettina Bill Birgit Björn Bob Bodo
  Boris Brigitte Bruno Carl Carla Carlos Carmen Caroline Charles Chris Christa Christian Christiane Christina Christine
  Christoph Christopher Claudia Claus Cem Dagmar Daniel Daniela Dante David Dennis Denis Dieter Dietmar Dietrich Dirk
  Dmitri Dmitrij Dmitry Dmytro Dominik Donald Doris Dorothea Edgar Edmund Eduard Elena Elisabeth Elke Elon Emil Emily
  Emma Emmanuel Enrico Erich Erik Ernst Eva Evelyn Fabian Felix Ferdinand Florian Frank Franz Frauke Friedrich Friedrich
  Gabriel Gabriele Georg George Gerhard Gernot Gerd Gert Giorgia Giuseppe Gordon Gregor Guido Günter Günther Gustav Hakan
  Hannah Hannelore Hans Harald Heiko Heiner Heinrich Heinz Helga Helmut Hendrik Henri Henrik Henry Herbert Hermann Hillary
  Horst Hubert Hugo Ibrahim Igor Ilja Ina Ingo Ingrid Irina Iwan Ivan Jacinda Jacques Jake Jakob James Jan Jana Janet
  Jaroslaw Jaroslav Javier Jean Jennifer Jens Jeremy Jessica Jewgeni Jewgenij Jim Jimmy Jochen Joe Joachim Johann Johanna
  Johannes John Jonas Jörg Josef Joseph Josep Juan Judith Julia Julian Juliane Jürgen Juri Jurij Yuri Justin Jutta Kai Kaja
  Kamala Karin Karl Karsten Katarina Katharina Kathrin Katja Kemal Kevin Kim Klaus Konrad Konstantin Kristina Kurt Lars
  Laura Lea Lena Leo Leon Leonid Liz Lloyd Lorenz Lothar Louis Luca Lucas Ludwig Luisa Lukas Luis Lutz Manfred Manuel
  Manuela Marc Marco Margarete Margaret Margrethe Maria Marie Marina Mario Mark Markus Marko Martin Martina Matteo Matthias
  Max Maximilian Mehmet Melanie Michael Michail Michel Michelle Mike Mikhail Mohammed Mohammad Muhammad Monika Moon Nadja
  Nancy Narendra Natalia Natalja Nicola Nicolas Niklas Nikolai Nikolaj Nils Nina Norbert Olaf Oleg Oleksandr Oleksij Olga
  Oliver Olivier Otto Pascal Patricia Patrick Paul Paula Pedro Peter Petra Philipp Pierre Rainer Ralf Ralph Ramsan Recep
  Reinhard Rene René Richard Rishi Robert Roberto Robin Rolf Roman Ron Ronald Rudolf Ruth Sabine Sahra Sam Samuel Sandra
  Sara Sarah Sauli Scott Sebastian Sergej Sergei Sergey Serhij Silke Silvia Simon Simone Sophie Stefan Stefanie Steffen
  Stephan Stephanie Steve Sven Svenja Swetlana Tanja Theresa Thomas Thorsten Tilman Tim Timo Tobias Tom Tony Torsten
  Ulf Ulla Ulrich Ulrike Ursula Uwe Valentin Valérie Vera Viktor Viktoria Vladimir Volker Walter Werner Wiktor Wilhelm
  Winfried Witali Wladimir Wolfgang Wolodymyr Wolodimir Yasmin Yvonne Zbigniew`
    .split(/\s+/)
    .filter(Boolean)
    .map(fold),
);

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
