/** Demonyms mapped to their country, so "Kazakh" and "Kazakhstan's" meet. */
export const DEMONYMS: Record<string, string> = {
  kazakh: 'kazakhstan', kazakhs: 'kazakhstan', kazakhstani: 'kazakhstan', kazakhstanis: 'kazakhstan',
  qazaqstan: 'kazakhstan', russian: 'russia', russians: 'russia', venezuelan: 'venezuela',
  venezuelans: 'venezuela', chinese: 'china', french: 'france', ukrainian: 'ukraine',
  ukrainians: 'ukraine', uzbek: 'uzbekistan', uzbeks: 'uzbekistan', kyrgyz: 'kyrgyzstan',
  american: 'usa', americans: 'usa', british: 'uk', britons: 'uk', turkish: 'turkey', turks: 'turkey', japanese: 'japan',
  soviet: 'ussr', spanish: 'spain', spaniards: 'spain', polish: 'poland', finns: 'finland', swedes: 'sweden',
  danes: 'denmark', serbs: 'serbia', croats: 'croatia', scots: 'scotland', thais: 'thailand',
  ...withPlurals({
    tajik: 'tajikistan', turkmen: 'turkmenistan', german: 'germany', korean: 'korea', indian: 'india',
    iranian: 'iran', brazilian: 'brazil', european: 'europe', asian: 'asia', african: 'africa', chechen: 'chechnya',
    mongolian: 'mongolia', azerbaijani: 'azerbaijan', georgian: 'georgia', italian: 'italy', afghan: 'afghanistan', pakistani: 'pakistan',
  }),
  ...withPlurals({
    albanian: 'albania', algerian: 'algeria', angolan: 'angola', argentine: 'argentina', argentinian: 'argentina',
    armenian: 'armenia', australian: 'australia', austrian: 'austria', azeri: 'azerbaijan', bahraini: 'bahrain',
    bangladeshi: 'bangladesh', belarusian: 'belarus', belgian: 'belgium', bolivian: 'bolivia', bosnian: 'bosnia',
    bulgarian: 'bulgaria', cambodian: 'cambodia', canadian: 'canada', chilean: 'chile', colombian: 'colombia',
    croatian: 'croatia', cuban: 'cuba', cypriot: 'cyprus', egyptian: 'egypt', estonian: 'estonia', ethiopian: 'ethiopia',
    ghanaian: 'ghana', hungarian: 'hungary', indonesian: 'indonesia', iraqi: 'iraq', israeli: 'israel',
    jordanian: 'jordan', kenyan: 'kenya', kuwaiti: 'kuwait', kyrgyzstani: 'kyrgyzstan', latvian: 'latvia',
    libyan: 'libya', lithuanian: 'lithuania', malaysian: 'malaysia', mexican: 'mexico', moldovan: 'moldova',
    moroccan: 'morocco', nigerian: 'nigeria', norwegian: 'norway', omani: 'oman', palestinian: 'palestine',
    peruvian: 'peru', qatari: 'qatar', romanian: 'romania', rwandan: 'rwanda', serbian: 'serbia',
    singaporean: 'singapore', slovenian: 'slovenia', syrian: 'syria', tajikistani: 'tajikistan', tanzanian: 'tanzania',
    tunisian: 'tunisia', turkmenistani: 'turkmenistan', ugandan: 'uganda', uzbekistani: 'uzbekistan', yemeni: 'yemen',
    zambian: 'zambia', zimbabwean: 'zimbabwe', czech: 'czechia', slovak: 'slovakia', somali: 'somalia',
    // The rest of the world, so that a question naming any people names its country.
    beninese: 'benin', botswanan: 'botswana', burundian: 'burundi', cameroonian: 'cameroon', chadian: 'chad',
    congolese: 'congo', djiboutian: 'djibouti', ecuadorian: 'ecuador', emirati: 'uae', eritrean: 'eritrea',
    fijian: 'fiji', gabonese: 'gabon', gambian: 'gambia', guatemalan: 'guatemala', guinean: 'guinea', haitian: 'haiti',
    honduran: 'honduras', icelandic: 'iceland', jamaican: 'jamaica', kosovar: 'kosovo',
    laotian: 'laos', liberian: 'liberia', luxembourger: 'luxembourg', macedonian: 'macedonia', malagasy: 'madagascar',
    malawian: 'malawi', malian: 'mali', mauritanian: 'mauritania', mauritian: 'mauritius', montenegrin: 'montenegro',
    mozambican: 'mozambique', namibian: 'namibia', nepali: 'nepal', nicaraguan: 'nicaragua', nigerien: 'niger',
    panamanian: 'panama', paraguayan: 'paraguay', salvadoran: 'salvador', uruguayan: 'uruguay', venezuelan: 'venezuela', zealander: 'zealand', bruneian: 'brunei',
  }),
  senegalese: 'senegal', togolese: 'togo', maltese: 'malta', nepalese: 'nepal', bhutanese: 'bhutan',
  burmese: 'myanmar', taiwanese: 'taiwan', scottish: 'scotland', welsh: 'wales', guyanese: 'guyana', surinamese: 'suriname',
  danish: 'denmark', dutch: 'netherlands', finnish: 'finland', greek: 'greece', greeks: 'greece', irish: 'ireland',
  lebanese: 'lebanon', portuguese: 'portugal', sudanese: 'sudan', swedish: 'sweden', swiss: 'switzerland',
  thai: 'thailand', vietnamese: 'vietnam', filipino: 'philippines', filipinos: 'philippines',
};

/** A table of demonyms with each one's plural ("Egyptians") added. */
function withPlurals(table: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(table).flatMap(([word, country]) => [[word, country], [`${word}s`, country]]));
}

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
  built: 'build', rebuilt: 'rebuild', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', bought: 'buy',
  sold: 'sell', grew: 'grow', grown: 'grow', spent: 'spend', struck: 'strike', stood: 'stand', drew: 'draw',
  drawn: 'draw', broke: 'break', broken: 'break', drove: 'drive', driven: 'drive', ran: 'run', froze: 'freeze',
  frozen: 'freeze', sank: 'sink', sunk: 'sink', withdrew: 'withdraw', withdrawn: 'withdraw', undertook: 'undertake',
  undertaken: 'undertake', fought: 'fight', caught: 'catch', taught: 'teach', kept: 'keep', lost: 'lose',
  meant: 'mean', lent: 'lend', felt: 'feel', dealt: 'deal', knew: 'know', known: 'know', shown: 'show',
  threw: 'throw', thrown: 'throw', found: 'find', arose: 'arise', arisen: 'arise', dug: 'dig', fed: 'feed',
  fled: 'flee', heard: 'hear', hung: 'hang', laid: 'lay', overcame: 'overcome', oversaw: 'oversee',
  overseen: 'oversee', shot: 'shoot', stole: 'steal', stolen: 'steal', swept: 'sweep', swore: 'swear',
  sworn: 'swear', tore: 'tear', torn: 'tear', understood: 'understand', upheld: 'uphold', withheld: 'withhold',
  forgave: 'forgive', forgiven: 'forgive', forgot: 'forget', forgotten: 'forget', hid: 'hide', hidden: 'hide',
  rode: 'ride', ridden: 'ride', woke: 'wake', woken: 'wake', wore: 'wear', worn: 'wear', sped: 'speed',
  spun: 'spin', stuck: 'stick', slid: 'slide', sprang: 'spring', sprung: 'spring', forbade: 'forbid',
  forbidden: 'forbid', foresaw: 'foresee', foreseen: 'foresee', mistook: 'mistake', mistaken: 'mistake',
  // contractions typed without the apostrophe, which are stop words written out
  whats: 'what', whos: 'who', wheres: 'where', whens: 'when', hows: 'how', thats: 'that', theres: 'there', heres: 'here',
  // adjectives the stemmer would make into a person ("diplomatic" → diplomat)
  diplomatic: 'diplomacy',
  // superlatives and comparatives the stemmer leaves alone
  longest: 'long', longer: 'long', largest: 'large', larger: 'large', biggest: 'big', bigger: 'big',
  closest: 'close', closer: 'close', highest: 'high', higher: 'high', greatest: 'great',
  latest: 'late', western: 'west', eastern: 'east', northern: 'north', southern: 'south', newest: 'new', oldest: 'old', earliest: 'early', best: 'good', better: 'good',
  ...DEMONYMS,
};

/** Two terms equal or one letter apart in longer words ("tokaev", "tokayev"). */
export function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string): boolean => x.slice(i + 1) === y.slice(i + (a.length === b.length ? 1 : 0));
  return a.length >= b.length ? tail(a, b) : tail(b, a);
}
