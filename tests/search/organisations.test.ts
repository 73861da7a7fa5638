import { describe, expect, it } from 'vitest';
import { namesOrganisation, ORGANISATION_Q_RE } from '../../src/search/organisations.ts';
import { isEnglishWord } from '../../src/search/commonness.ts';

describe('questions asking for an organisation', () => {
  it.each([
    ['Which company won the tender to rebuild the canal?', true],
    ['Which Kazakh university runs the course?', true],
    ['What is the name of the Baku shipyard that built the ferries?', true],
    ['Which airline flies the route?', true],
    ['Which city hosted the forum?', false],
    ['Which minister signed the deal?', false],
  ])('%s → %s', (question, expected) => {
    expect(ORGANISATION_Q_RE.test(question.toLowerCase())).toBe(expected);
  });
});

describe('names of organisations in a sentence', () => {
  it.each([
    ['Construction began under a contract with Caspian Aqua Stroy, an Aktau-based company.', 'which company got the contract to build the pipeline?', true],
    // Places: after "in", "near", listed after a place, the ends of a route, before "region".
    ['Its first order is for 96 blades for a wind farm near Ereymentau in Akmola region.', 'which company will operate the wind farm?', false],
    ['The delay was caused by late deliveries of tablet presses from a supplier in Italy.', 'which italian company supplied the tablet presses?', false],
    ['They will work at university hospitals in Seoul, Busan and Daegu.', 'which hospital in busan hosts the nurses?', false],
    ['The animals will be flown from Christchurch to Kostanay on chartered freighters.', 'which airline operated the charter flights?', false],
    // People: after an office, or speaking.
    ['Its director, Dragan Kostic, said the plant would open in June.', 'which company built the plant?', false],
    // A bank does not answer "which company", a company of another country does not answer for a Finnish one.
    ['The Eurasian Development Bank will lend $150 million for the canal.', 'which company won the tender for the canal?', false],
    ['The Eurasian Development Bank will lend $150 million for the canal.', 'which bank is lending for the canal?', true],
    ['Swedish steel technology company Nordvik Green Steel signed an agreement on Tuesday.', 'which finnish company is building the steel plant?', false],
    // A model is no maker; an ordinary word opening a sentence is no name.
    ['The animals will travel on Boeing 747 freighters.', 'which company flies the cattle?', false],
    ['Deliveries of server equipment arrived seven months late.', 'what was the name of the supplier of the servers?', false],
    ['The ferries were built by Baku Shipyard for KazCaspian Shipping.', 'what is the name of the baku shipyard that built the kazcaspian ferries?', false],
    ['The contract was awarded to Ordabasy Pharm, a Shymkent drug maker.', 'which company won the contract?', true],
  ])('%s (%s) → %s', (text, question, expected) => {
    expect(namesOrganisation(text, question)).toBe(expected);
  });
});

describe('isEnglishWord', () => {
  it.each([
    ['Deliveries', true],
    ['election', true],
    ['Kazatomprom', false],
    ['Tatramotion', false],
  ])('%s → %s', (word, expected) => {
    expect(isEnglishWord(word)).toBe(expected);
  });
});
