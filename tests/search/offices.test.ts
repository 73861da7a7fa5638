import { describe, expect, it } from 'vitest';
import { askedOffice, namesOfficeHolder } from '../../src/search/offices.ts';
import { askedSpeakerNames, namesAnyOf, pronounSpeaks, speaksByOffice } from '../../src/search/carriers.ts';

describe('the holder of the office a "who is" question asks', () => {
  it.each([
    ['Who is the akim of Almaty?', 'Deputy Akim of Almaty Nurlan Sadykbekov said the city would pay.', false],
    ['Who is the akim of Almaty?', 'Almaty Mayor Yerzhan Babakumarov opened the fair.', true],
    ["Who is Vietnam's ambassador to Kazakhstan?", 'The ambassador also raised the lack of air links.', false],
    ["Who is Egypt's ambassador to Kazakhstan?", "Egypt's Ambassador to Kazakhstan, Khaled Mansour, said the deal was ready.", true],
    ["Who was Estonia's prime minister when the agreement was signed?", 'The agreement was signed by Deputy Minister Yerlan Baimukhanov and Minister Liisa Tamm.', false],
    ['Who is the deputy prime minister?', 'Deputy Prime Minister Serik Zhumangarin chaired the meeting.', true],
  ])('%s — %s → %s', (question, text, expected) => {
    const office = askedOffice(question)!;
    expect(office).not.toBeNull();
    expect(namesOfficeHolder(text, office, question)).toBe(expected);
  });

  it('finds no office in a question asking for none', () => {
    expect(askedOffice('Who signed the agreement?')).toBeNull();
  });
});

describe('the speaker a statement question names', () => {
  it.each([
    ['What did President Tokayev say at the opening?', ['tokayev']],
    ['what did vucic say about the plant', ['vucic']],
    // By office or kind: no name.
    ["What did Kazakhstan's president say?", []],
    ['What do environmentalists say the lake needs?', []],
  ])('%s → %j', (question, names) => {
    expect(askedSpeakerNames(question)).toEqual(names);
  });

  it.each([
    ['Liu Jianhua, vice chairman of the regional government, said China had built a line.', ['jianhau'], true],
    ['Radulovic said the plant would export antibiotics.', ['vucic'], false],
  ])('%s names %j → %s', (text, names, expected) => {
    expect(namesAnyOf(text, names)).toBe(expected);
  });

  it('tells a sentence spoken by a pronoun or by an office', () => {
    expect(pronounSpeaks('It will begin exporting antibiotics next year, she said.')).toBe(true);
    expect(pronounSpeaks('Radulovic said the plant would open.')).toBe(false);
    expect(speaksByOffice('The Kyrgyz leader said the agreement would give confidence to farmers.')).toBe(true);
  });
});
