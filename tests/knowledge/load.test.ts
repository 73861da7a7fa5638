import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError, formatProblem } from '../../src/knowledge/errors.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { doc, tempDir, type TempDir } from '../support/tmp.ts';

let dir: TempDir | undefined;
afterEach(() => dir?.cleanup());

function problemsOf(files: Record<string, string>): string[] {
  dir = tempDir({ 'good.md': doc('A valid document has at least one real sentence in it.'), ...files });
  try {
    loadKnowledge(dir.path);
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*\//, '') }));
    throw error;
  }
  return [];
}

describe('knowledge validation', () => {
  it.each([
    ['missing front matter', { 'bad.md': 'Just text without metadata in this file.\n' }, 'bad.md:1: missing front matter'],
    ['unclosed front matter', { 'bad.md': '---\ntitle: x\ndate: 2025-01-01\n' }, 'bad.md:1: front matter is not closed'],
    ['malformed YAML', { 'bad.md': '---\ntitle: [unclosed\ndate: 2025-01-01\nsource: X\n---\nBody text is here for sure.\n' }, 'bad.md:3: malformed front matter'],
    ['missing title', { 'bad.md': '---\ndate: 2025-01-01\nsource: X\n---\nBody text is here for sure.\n' }, 'bad.md:4: missing required key "title"'],
    ['missing source', { 'bad.md': '---\ntitle: T\ndate: 2025-01-01\n---\nBody text is here for sure.\n' }, 'bad.md:4: missing required key "source"'],
    ['impossible date', { 'bad.md': doc('Body text is here for sure.', { date: '2025-02-30' }) }, 'bad.md:3: impossible date "2025-02-30"'],
    ['date in another format', { 'bad.md': doc('Body text is here for sure.', { date: '12/11/2025' }) }, 'bad.md:3: date "12/11/2025" must be written YYYY-MM-DD'],
    ['bad url', { 'bad.md': doc('Body text is here for sure.', { url: 'example.org/x' }) }, 'bad.md:5: url "example.org/x" must start with http'],
    ['empty body', { 'bad.md': doc('') }, 'bad.md:6: empty body'],
    ['duplicate id', { 'a/good.md': doc('Another document with the same file name here.') }, 'good.md:1: duplicate document id "good"'],
  ])('reports %s with file and line', (_name, files, expected) => {
    const problems = problemsOf(files);
    expect(problems.some((p) => p.startsWith(expected)), problems.join('\n')).toBe(true);
  });

  it('reports every bad file, not only the first', () => {
    const problems = problemsOf({ 'a.md': 'no front matter here at all\n', 'b.md': doc('Body text is here.', { date: '2025-13-01' }) });
    expect(problems).toHaveLength(2);
  });

  it('loads a valid folder with subfolders, ids from file names', () => {
    dir = tempDir({ 'x/one.md': doc('## Section\n\nThe first sentence is here. The second sentence is here too.') });
    const kb = loadKnowledge(dir.path);
    expect(kb.documents.map((d) => d.id)).toEqual(['one']);
    expect(kb.passages.map((p) => p.id)).toEqual(['one#0', 'one#1']);
    expect(kb.passages[0]!.section).toBe('Section');
  });

  it.each([
    ['ANKARA, Oct 15 (Fixture Wire) - Kazakhstan and Turkey agreed on a trade target.', 'Kazakhstan and Turkey agreed on a trade target.'],
    ['BISHKEK — Presidents Tokayev and Japarov signed an agreement.', 'Presidents Tokayev and Japarov signed an agreement.'],
    ['ASTANA, 12 November 2025 (Kazinform) – The President met the minister.', 'The President met the minister.'],
    ['CHOLPON-ATA, Kyrgyzstan, September 2 (Fixture Agency G) — Kazakhstan and Kyrgyzstan signed a deal.', 'Kazakhstan and Kyrgyzstan signed a deal.'],
    ['UST-KAMENOGORSK, East Kazakhstan, Sept. 22 — A joint venture was set up.', 'A joint venture was set up.'],
    ['NATO officials said the talks went well in Brussels.', 'NATO officials said the talks went well in Brussels.'],
  ])('drops a wire dateline from the first paragraph: %s', (body, first) => {
    dir = tempDir({ 'one.md': doc(`${body}\n\nBISHKEK — A later paragraph keeps its words.`) });
    const kb = loadKnowledge(dir.path);
    expect(kb.passages[0]!.text).toBe(first);
    expect(kb.passages.at(-1)!.text).toBe('BISHKEK — A later paragraph keeps its words.');
  });
});
