import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/search/analyzer.ts';
import { impliedTerms, titledPeople } from '../../src/search/titles.ts';

const analyzer = new Analyzer();
const terms = (text: string): string[] => analyzer.terms(text);

describe('people named with their office', () => {
  it.each([
    ['Russian President Vladimir Putin arrived.', 'Putin', 'Russian President'],
    ['He met his Kazakh counterpart, Erzhan Kazykhanov.', 'Kazykhanov', 'Kazakh counterpart'],
    ["It was signed by Uzbekistan's Minister of Energy, Jamshid Rakhimov.", 'Rakhimov', "Uzbekistan's Minister Energy"],
  ])('%s → %s, %s', (text, surname, office) => {
    const person = titledPeople(text, analyzer).find((p) => p.surname === terms(surname).at(-1));
    expect(person?.office.sort()).toEqual([...new Set(terms(office))].sort());
  });

  it('lends a sentence naming the person the words of the office', () => {
    const people = titledPeople("It was signed by Uzbekistan's Minister of Energy, Jamshid Rakhimov.", analyzer);
    const implied = impliedTerms(terms('Mr. Rakhimov called it a model for the whole region.'), people);
    expect(implied).toEqual(expect.arrayContaining(terms('Uzbekistan energy minister')));
  });
});
