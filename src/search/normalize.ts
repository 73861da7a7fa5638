/** Demonyms mapped to their country, so "Kazakh" and "Kazakhstan's" meet. */
export const DEMONYMS: Record<string, string> = {
  kazakh: 'kazakhstan', kazakhs: 'kazakhstan', kazakhstani: 'kazakhstan', kazakhstanis: 'kazakhstan',
  qazaqstan: 'kazakhstan', russian: 'russia', russians: 'russia', venezuelan: 'venezuela',
  venezuelans: 'venezuela', chinese: 'china', french: 'france', ukrainian: 'ukraine',
  ukrainians: 'ukraine', uzbek: 'uzbekistan', uzbeks: 'uzbekistan', kyrgyz: 'kyrgyzstan',
  tajik: 'tajikistan', turkmen: 'turkmenistan', american: 'usa', americans: 'usa', german: 'germany',
  british: 'uk', turkish: 'turkey', japanese: 'japan', korean: 'korea', indian: 'india',
  iranian: 'iran', brazilian: 'brazil', european: 'europe', asian: 'asia', african: 'africa',
  chechen: 'chechnya', soviet: 'ussr', mongolian: 'mongolia', mongolians: 'mongolia', azerbaijani: 'azerbaijan',
  georgian: 'georgia', italian: 'italy', spanish: 'spain', polish: 'poland', afghan: 'afghanistan', pakistani: 'pakistan',
};

/** Demonyms and the countries they name, as one set of words ("russian", "russia", "kazakh" …). */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(Object.entries(DEMONYMS).flat());

/**
 * Word-level normalisation shared by indexing and querying: irregular verb forms,
 * superlatives and demonyms are mapped to one form before stemming, so that
 * "met"/"meeting", "Kazakh"/"Kazakhstan's" and "Russian"/"Russia" meet.
 */
export const WORD_FORMS: Record<string, string> = {
  // irregular verbs
  met: 'meet', meets: 'meet', said: 'say', says: 'say', spoke: 'speak', spoken: 'speak',
  held: 'hold', holds: 'hold', took: 'take', taken: 'take', wrote: 'write', written: 'write',
  began: 'begin', begun: 'begin', begins: 'begin', beginning: 'begin', came: 'come', went: 'go',
  gone: 'go', made: 'make', paid: 'pay', won: 'win', gave: 'give', given: 'give', saw: 'see',
  seen: 'see', became: 'become', led: 'lead', sent: 'send', brought: 'bring', thought: 'think',
  sought: 'seek', told: 'tell', left: 'leave', chose: 'choose', chosen: 'choose', flew: 'fly',
  // adjectives the stemmer would make into a person ("diplomatic" → diplomat)
  diplomatic: 'diplomacy',
  // superlatives and comparatives the stemmer leaves alone
  longest: 'long', longer: 'long', largest: 'large', larger: 'large', biggest: 'big', bigger: 'big',
  closest: 'close', closer: 'close', highest: 'high', higher: 'high', greatest: 'great',
  latest: 'late', western: 'west', eastern: 'east', northern: 'north', southern: 'south', newest: 'new', oldest: 'old', earliest: 'early', best: 'good', better: 'good',
  ...DEMONYMS,
};
