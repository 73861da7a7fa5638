import { afterEach, describe, expect, it } from 'vitest';
import { elshi } from './support/elshi.ts';
import { doc, tempDir, type TempDir } from './support/tmp.ts';

let dir: TempDir | undefined;
afterEach(() => dir?.cleanup());

describe('elshi CLI', () => {
  it('check passes on the seed knowledge', async () => {
    const r = await elshi(['check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/5 documents/);
  });

  it('check names the file and line of a malformed document, without a stack trace', async () => {
    dir = tempDir({ 'ok.md': doc('A fine sentence about cooperation is here.'), 'broken.md': doc('Text of it is here.', { date: '2025-02-30' }) });
    const r = await elshi(['check', '--knowledge', dir.path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.md:3: impossible date "2025-02-30"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('passages --json lists passages of all five documents with dates and sources', async () => {
    const r = await elshi(['passages', '--json']);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; document: { id: string; date: string; source: string } });
    expect(new Set(rows.map((p) => p.document.id)).size).toBe(5);
    for (const p of rows) {
      expect(p.document.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.document.source.length).toBeGreaterThan(0);
    }
  });

  it('eval --with mixes documents into the archive and reports every figure as JSON', async () => {
    const r = await elshi(['eval', '--json', '--with', 'tests/fixtures/unseen-knowledge', '--questions', 'tests/fixtures/unseen-questions.json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { answerable: number; hitAt1: number; abstentionAccuracy: number };
    expect(report.answerable).toBe(15);
    expect(report.hitAt1).toBeGreaterThanOrEqual(0.9);
    expect(report.abstentionAccuracy).toBe(1);
  });

  it('eval --with refuses a folder whose ids clash with the archive, naming the id', async () => {
    const r = await elshi(['eval', '--with', 'knowledge']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/duplicate document id "2022-11-28-tokayev-putin-kremlin-first-visit"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('ask --json gives the contract shape', async () => {
    const r = await elshi(['ask', 'How long is the border between Kazakhstan and Russia?', '--json']);
    const answer = JSON.parse(r.stdout) as { answered: boolean; citations: { text: string; document: { date: string } }[] };
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]!.text).toMatch(/7,591/);
  });

  it('ask reads questions from stdin, one JSON object per line', async () => {
    const r = await elshi(['ask'], 'Who is the Russian ambassador to Kazakhstan?\n\nWho won the 2018 World Cup?\n');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { question: string; answered: boolean });
    expect(lines.map((l) => [l.question, l.answered])).toEqual([
      ['Who is the Russian ambassador to Kazakhstan?', true],
      ['Who won the 2018 World Cup?', false],
    ]);
  });

  it('fails with one line naming a bad configuration key', async () => {
    const r = await elshi(['check'], undefined, { DIGEST_TIME: '25:99' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^elshi: configuration error: DIGEST_TIME: /)]);
  });

  it('rejects an unknown command with a hint', async () => {
    const r = await elshi(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });
});
