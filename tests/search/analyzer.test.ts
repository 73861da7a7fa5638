import { describe, expect, it } from 'vitest';
import { Analyzer, termOf } from '../../src/search/analyzer.ts';
import { CAPITALS, RELATED_WORDS } from '../../src/search/related.ts';
import { DERIVATIONS } from '../../src/search/derivations.ts';
import { readAliases } from '../../src/knowledge/load.ts';

const analyzer = new Analyzer([
  ['Tokayev', 'Tokaev'],
  ['CSTO', 'Collective Security Treaty Organization'],
  ['Astana', 'Nur-Sultan'],
  ['FM', 'foreign minister'],
]);
/** Whether two texts share a term under an analyzer. */
const meetsUnder =
  (an: Analyzer) =>
  (a: string, b: string): boolean => {
    const x = new Set(an.terms(a));
    return an.terms(b).some((t) => x.has(t));
  };
const meet = meetsUnder(analyzer);

describe('Analyzer: one tokenizer for index and questions', () => {
  it.each([
    ['meetings', 'met'],
    ['criticise', 'criticized'],
    ['organisation', 'organizations'],
    ['meeting', 'meets'],
    // Irregular verbs: the past as the question asks it, the present as the report writes it, or the other way.
    ['built', 'building'],
    ['costs rose', 'will rise'],
    ['exports fell', 'falling'],
    ['sold', 'sells'],
    ['spent', 'spending'],
    ['withdrawn', 'withdraw'],
    ['Kazakh', "Kazakhstan's"],
    ['Russian', 'Russia'],
    ['Tokaev', 'Tokayev'],
    ['CSTO', 'Collective Security Treaty Organization'],
    ['organisations', 'Organization'],
    ['Nur-Sultan', 'Astana'],
    ['FM', 'the foreign minister'],
    ['Élysée', 'Elysee'],
    ['“strategic”', 'strategic'],
    ['7,591 km', '7591'],
    ['U.S. President', 'USA'],
    ['American', 'United States'],
    ['Americans', 'U.S.'],
    // Demonyms of any country, singular or plural.
    ['Egyptian', 'Egypt'],
    ['Tanzanians', 'Tanzania'],
    ['Qatari', "Qatar's"],
    ['Vietnamese', 'Vietnam'],
    ['Senegalese', "Senegal's"],
    ['Cameroonians', 'Cameroon'],
    ['South Koreans', 'South Korean'],
    ['Afghans', 'Afghanistan'],
    ['Georgians', "Georgia's"],
    // British and American spellings.
    ['sulfur', 'sulphur'],
    ['fertilizers', 'fertilisers'],
    ['harbor', 'harbour'],
    ['neighboring', 'neighbouring'],
    ['kilometers', 'kilometres'],
    ['center', 'centre'],
    ['fiber', 'fibre'],
    ['defense', 'defence'],
    ['program', 'programme'],
    ['dialog', 'dialogue'],
    ['analyzed', 'analysed'],
    // Words spelt with -ise on both sides of the Atlantic keep one term in every form.
    ['promise', 'promised'],
    ['revise', 'revising'],
    ['exercise', 'exercises'],
    // A direction, whichever way it is worded.
    ['west', 'westwards'],
    ['north', 'northward'],
  ])('%s meets %s', (a, b) => {
    expect(meet(a, b)).toBe(true);
  });

  it.each([
    // Short words keep their spelling: "four" is not "for", "tour" not "tor".
    ['four', 'for'],
    ['tour', 'tor'],
    // A diplomatic mission is not a diplomat.
    ['diplomatic', 'diplomat'],
    ['meeting', 'meat'],
  ])('%s does not meet %s', (a, b) => {
    expect(meet(a, b)).toBe(false);
  });

  it.each([
    ['the', []],
    ['What is it about?', []],
    ['Tell us more', []],
    ['whats the', []],
    ['per year', ['year']],
    ['what else is on the train apart from flour', ['train', 'flour']],
  ])('drops stop words: %s', (text, terms) => {
    expect(analyzer.terms(text)).toEqual(terms);
  });

  it('reads "US" in capitals as the country but "us" as a pronoun', () => {
    expect(analyzer.terms('US')).toContain('~usa');
    expect(analyzer.terms('with us')).toEqual([]);
  });

  it('marks names in questions', () => {
    const terms = analyzer.questionTerms('What did Tokayev say about Brazil?');
    expect(terms.filter((t) => t.name).map((t) => t.term).sort()).toEqual(['brazil', '~tokayev']);
  });

  it.each([
    ['How many trains used the Trans-Caspian route?', ['caspian']],
    ['Who attended the Pan-African forum?', ['african']],
  ])('does not take a prefix joined to a name for a name: %s', (question, names) => {
    expect(analyzer.questionTerms(question).filter((t) => t.name).map((t) => t.term)).toEqual(names.map((n) => analyzer.terms(n)[0]));
  });

  it('counts a name with variants once in a question, but indexes its spelled-out words too', () => {
    expect(analyzer.questionTerms('Who founded the CSTO?').map((t) => t.term)).toEqual(['found', '~csto']);
    expect(analyzer.terms('the CSTO')).toContain(analyzer.terms('organization')[0]);
  });

  it('offers related words for a term', () => {
    expect(analyzer.relatedTerms(analyzer.terms('meet')[0]!)).toContain(analyzer.terms('talks')[0]);
    expect(analyzer.relatedTerms(analyzer.terms('videoconference')[0]!)).toContain(analyzer.terms('video')[0]);
    expect(analyzer.relatedTerms(analyzer.terms('head')[0]!)).toContain(analyzer.terms('chairman')[0]);
    expect(analyzer.relatedTerms(analyzer.terms('boss')[0]!)).toContain(analyzer.terms('chief')[0]);
    expect(analyzer.relatedTerms(analyzer.terms('plane')[0]!)).toContain(analyzer.terms('aircraft')[0]);
    expect(analyzer.relatedTerms(analyzer.terms('aid')[0]!)).toContain(analyzer.terms('humanitarian')[0]);
    expect(analyzer.relatedTerms(analyzer.terms('crimes')[0]!)).toContain(analyzer.terms('offences')[0]);
  });

  it.each([
    ['Moscow', 'Russia'],
    ['Astana', 'Kazakhstan'],
    ['Venezuela', 'Caracas'],
  ])('relates the capital and the country: %s → %s', (word, other) => {
    expect(analyzer.capitalTerms(analyzer.terms(word)[0]!)).toContain(analyzer.terms(other)[0]);
    expect(analyzer.relatedTerms(analyzer.terms(word)[0]!)).not.toContain(analyzer.terms(other)[0]);
  });
});

describe('related words', () => {
  const analyzer = new Analyzer();
  // Relations are looked up word by word: a phrase would relate each of its words ("take"
  // alone to "attend"), so every entry must be one term (or a stop word, which is dropped).
  it.each([
    ['fly', 'airline'],
    // The outcome of talks is what was signed or agreed at them.
    ['outcome', 'signed'],
    ['diaspora', 'community'],
    ['make', 'produce'],
    ['far', 'kilometres'],
    ['poured', 'invested'],
    ['look', 'exploration'],
    ['exercise', 'drills'],
    ['people', 'delegates'],
    ['caught', 'detained'],
    ['tourists', 'holidaymakers'],
    ['common', 'share'],
    ['need', 'requires'],
    ['runs', 'executive'],
    ['contribute', 'pay'],
    ['pushed', 'delayed'],
    ['exchange', 'return'],
    ['employed', 'jobs'],
    ['relocated', 'resettled'],
    ['share', 'stake'],
    ['apply', 'applications'],
    ['deadline', 'close'],
    ['shipments', 'consignment'],
    ['bandwidth', 'capacity'],
    ['responsible', 'accredited'],
    ['asking', 'seeking'],
    ['tariff', 'price'],
    ['ticket', 'fare'],
    ['stored', 'holds'],
    ['fail', 'broke'],
    ['deficit', 'shortfall'],
    ['fitted', 'equipped'],
    ['fees', 'tuition'],
    ['picked', 'chosen'],
    ['subsidy', 'grants'],
    ['employees', 'staff'],
    ['weekly', 'week'],
    ['prolonged', 'extend'],
    ['risk', 'warned'],
    ['job', 'appointed'],
    ['kids', 'children'],
    ['watched', 'spectators'],
    ['stage', 'phase'],
    ['lorries', 'trucks'],
    ['monitors', 'observers'],
    ['rebuilt', 'rehabilitate'],
    ['grants', 'scholarships'],
    ['topic', 'agenda'],
    ['street', 'avenue'],
    ['job', 'heads'],
    ['late', 'delay'],
    ['items', 'objects'],
    ['provide', 'supply'],
  ])('relates "%s" to "%s"', (word, other) => {
    expect(analyzer.relatedTerms(termOf(word)!)).toContain(termOf(other));
  });

  // "Coming" is stored as "come": "the next session" would be found in "the meeting came a year after …".
  it.each([
    ['next', 'came'],
  ])('does not relate "%s" to "%s"', (word, other) => {
    expect(analyzer.relatedTerms(termOf(word)!)).not.toContain(termOf(other));
  });

  // WordNet's derivations, which the stemmer leaves apart.
  it.each([
    ['signature', 'signed'],
    ['papal', 'pope'],
    ['economic', 'economy'],
    ['death', 'die'],
    ['occupation', 'occupy'],
    ['decision', 'decide'],
  ])('derives "%s" from "%s" and back', (word, other) => {
    expect(analyzer.derivedTerms(termOf(word)!)).toContain(termOf(other));
    expect(analyzer.derivedTerms(termOf(other)!)).toContain(termOf(word));
  });

  it('keeps no derivation whose two words stem alike', () => {
    expect(DERIVATIONS.filter(([a, b]) => termOf(a) === termOf(b))).toEqual([]);
  });

  it('has no entry of several terms', () => {
    const phrases = [...RELATED_WORDS, ...CAPITALS].flat().filter((word) => analyzer.terms(word, undefined, true).length > 1);
    expect(phrases).toEqual([]);
  });
});

describe('misspelt words the index stores under another word', () => {
  it.each([
    ['japaness', 1, ['japan']],
    ['europeans', 1, ['europ']],
    ['brougt', 1, ['bring']],
    ['japan', 1, []],
  ])('%s (distance %i) → %j', (term, distance, expected) => {
    expect(new Analyzer().misspeltMappedWord(term, distance)).toEqual(expected);
  });

  it('finds the group of a misspelt one-word alias ("Astna" → Astana)', () => {
    expect(new Analyzer([['Astana', 'Nur-Sultan']]).misspeltMappedWord('astna', 1)).toEqual(['~astana']);
  });
});

describe('the curated aliases of knowledge/aliases.yml', () => {
  const meets = meetsUnder(new Analyzer(readAliases('knowledge').aliases));

  it.each([
    ['FDI', 'foreign direct investment'],
    ['MoU', 'a memorandum of understanding'],
    ['FTA talks', 'free-trade agreement'],
    ['SEZ', 'the special economic zone'],
    ['VAT', 'value-added tax'],
    ['LNG', 'liquefied natural gas'],
    ['NPP', 'nuclear power plant'],
    ['WWII', 'the Second World War'],
  ])('%j meets %j', (a, b) => {
    expect(meets(a, b)).toBe(true);
  });
});
