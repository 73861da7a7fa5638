import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const kb = loadKnowledge('knowledge');
const byDate = new Map(kb.documents.map((d) => [d.date, d]));

describe('the curated seed documents', () => {
  it.each([
    ['2025-05-08', 'Akorda press service'],
    ['2022-11-28', 'Wire report (publisher not named)'],
    ['2025-11-10', 'Rossiyskaya Gazeta'],
    ['2025-11-12', 'Akorda press service'],
    ['2025-10-22', 'Federation Council, based on TASS materials'],
  ])('has the document of %s from %s', (date, source) => {
    expect(byDate.get(date)?.source).toBe(source);
  });

  it('has no passage ending in an abbreviation or initial', () => {
    for (const p of kb.passages) expect(p.text, p.id).not.toMatch(/(?:\bSt|\bU\.S|\bMr|\b\p{Lu})\.$/u);
  });

  it.each([
    /Hardcore alcohol maven/,
    /^Photo:/,
    /^Based on materials/,
    /^GSV/,
    /^22 October$/,
    /^(?:Enduring Partnership|Economic Ties)$/,
  ])('has no furniture passage matching %s', (re) => {
    expect(kb.passages.filter((p) => re.test(p.text))).toEqual([]);
  });

  it('does not repeat the title of the Moscow talks article as a passage', () => {
    expect(kb.passages.filter((p) => p.text.includes('Presidents of Kazakhstan and Russia hold talks in Moscow'))).toEqual([]);
  });

  it('keeps section headings as the section of the passages under them', () => {
    const sections = new Set(kb.passages.map((p) => p.section).filter(Boolean));
    expect(sections).toEqual(new Set(['Enduring Partnership', 'Economic Ties']));
  });
});
