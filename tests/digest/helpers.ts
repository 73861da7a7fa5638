/** Shared fixtures of the digest tests: a fake clock, small archives (temporary folders come from tests/support/tmp.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { AnswerEngine } from '../../src/search/engine.ts';
import type { Clock } from '../../src/digest/deliver.ts';

/** A clock whose `sleep` advances time at once; records every wait. */
export function fakeClock(start: Date | number): Clock & { sleeps: number[]; advance(ms: number): void } {
  let now = typeof start === 'number' ? start : start.getTime();
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += Math.max(0, ms);
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

/** One archive document for a test. */
export interface TestDoc {
  id: string;
  title: string;
  date: string;
  source?: string;
  url?: string;
  tags?: string[];
  body: string;
}

/** Write documents as Markdown files into a folder. */
export function writeDocs(dir: string, docs: readonly TestDoc[]): void {
  for (const d of docs) {
    const front = [
      '---',
      `title: ${JSON.stringify(d.title)}`,
      `date: ${d.date}`,
      `source: ${JSON.stringify(d.source ?? 'Akorda press service')}`,
      ...(d.url ? [`url: ${d.url}`] : []),
      'language: en',
      `tags: [${(d.tags ?? []).join(', ')}]`,
      '---',
      '',
      d.body,
      '',
    ];
    writeFileSync(join(dir, `${d.id}.md`), front.join('\n'));
  }
}

/** An engine over the documents (written to `dir`). */
export function engineOver(dir: string, docs: readonly TestDoc[]): AnswerEngine {
  writeDocs(dir, docs);
  return AnswerEngine.create(loadKnowledge(dir));
}

/** A small archive: two about Russia, one about China, one about the UN. */
export const DOCS: TestDoc[] = [
  {
    id: '2025-11-12-russia-talks',
    title: 'Presidents of Kazakhstan and Russia hold talks in Moscow',
    date: '2025-11-12',
    url: 'https://www.akorda.kz/en/talks',
    tags: ['russia', 'putin'],
    body: 'President Tokayev held talks with Russian President Vladimir Putin in Moscow. The leaders signed a declaration on alliance. Trade reached 20 billion dollars.',
  },
  {
    id: '2025-11-10-op-ed',
    title: 'Tokayev writes in Rossiyskaya Gazeta',
    date: '2025-11-10',
    source: 'Rossiyskaya Gazeta',
    tags: ['russia'],
    body: 'Tokayev wrote an opinion piece ahead of his state visit. Cooperation with Russia survived sanctions & tensions while trade was < 5 percent lower.',
  },
  {
    id: '2025-09-02-china',
    title: 'Kazakhstan and China expand transit corridors',
    date: '2025-09-02',
    tags: ['china', 'transport'],
    body: 'Kazakhstan and China agreed to expand rail transit through Khorgos. Officials discussed new logistics hubs.',
  },
  {
    id: '2025-09-23-un',
    title: 'Tokayev addresses the UN General Assembly',
    date: '2025-09-23',
    source: 'MFA of Kazakhstan',
    tags: ['un'],
    body: 'President Tokayev spoke at the United Nations General Assembly about reform of the Security Council. He called for nuclear disarmament.',
  },
];
