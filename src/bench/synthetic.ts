import type { KnowledgeBase, KnowledgeDocument, Passage } from '../knowledge/types.ts';

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same archive. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'zo', 'ri', 'ta', 'ne', 'mu', 'sa', 'lo', 'vi', 'de', 'ba', 'ko', 'ru', 'ti', 'pa', 'ge', 'no', 'ha', 'li', 'ma', 'se', 'tu', 'ra', 'bo', 'ki', 'fe', 'da', 'mi', 'jo', 'we'];
/** Recurring names of people, countries and organisations, as in a diplomatic archive. */
export const NAMES = [
  'Tokayev', 'Nazarbayev', 'Putin', 'Lavrov', 'Xi Jinping', 'Erdogan', 'Mirziyoyev', 'Macron', 'Modi', 'Guterres',
  'Astana', 'Almaty', 'Moscow', 'Beijing', 'Tashkent', 'Bishkek', 'Dushanbe', 'Ankara', 'Brussels', 'Washington',
  'Russia', 'China', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkey', 'Germany', 'France', 'India', 'Japan',
  'CSTO', 'EAEU', 'SCO', 'CIS', 'OSCE', 'United Nations', 'European Union', 'WTO', 'CICA', 'OTS',
];
const SOURCES = ['Akorda press service', 'Ministry of Foreign Affairs', 'Kazinform', 'TASS', 'Xinhua', 'Astana Times'];
const COMMON = ['cooperation', 'president', 'meeting', 'talks', 'minister', 'agreement', 'visit', 'relations', 'trade', 'partnership', 'development', 'economic', 'bilateral', 'strategic', 'energy', 'investment', 'summit', 'security', 'transport', 'region'];

/** Options of {@link syntheticArchive}. */
export interface SyntheticOptions {
  passages: number;
  seed?: number;
  /** Size of the invented vocabulary (Zipf-distributed). */
  vocabulary?: number;
  /** Passages per document. */
  perDocument?: number;
}

function wordOf(index: number): string {
  let n = index + 1;
  let word = '';
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return `${word}${SYLLABLES[(index * 7) % SYLLABLES.length]}`;
}

/**
 * Generate a deterministic synthetic archive: documents spread over 1991–2026, sentences of
 * Zipf-distributed invented words mixed with common diplomatic words and recurring names.
 */
export function syntheticArchive(options: SyntheticOptions): KnowledgeBase {
  const rnd = random(options.seed ?? 42);
  const vocabulary = options.vocabulary ?? 200_000;
  const perDocument = options.perDocument ?? 40;
  const words = Array.from({ length: vocabulary }, (_, i) => wordOf(i));
  const cumulative = new Float64Array(vocabulary);
  let total = 0;
  for (let k = 0; k < vocabulary; k++) {
    total += 1 / Math.pow(k + 1, 1.05);
    cumulative[k] = total;
  }
  const zipf = (): string => {
    const x = rnd() * total;
    let lo = 0;
    let hi = vocabulary - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const sentence = (): string => {
    const length = 10 + Math.floor(rnd() * 14);
    const out: string[] = [];
    for (let i = 0; i < length; i++) {
      const r = rnd();
      if (r < 0.03) out.push(rnd() < 0.5 ? 'Kazakhstan' : "Kazakhstan's");
      else if (r < 0.08) out.push(pick(NAMES));
      else if (r < 0.2) out.push(pick(COMMON));
      else if (r < 0.22) out.push(String(1991 + Math.floor(rnd() * 36)));
      else out.push(zipf());
    }
    const text = out.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const documents: KnowledgeDocument[] = [];
  const passages: Passage[] = [];
  const docCount = Math.ceil(options.passages / perDocument);
  for (let d = 0; d < docCount; d++) {
    const id = `synthetic-${d}`;
    const year = 1991 + Math.floor(rnd() * 36);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const title = `${pick(NAMES)} and ${pick(NAMES)} discuss ${pick(COMMON)} ${zipf()}`;
    documents.push({ id, title, date, source: pick(SOURCES), url: null, language: 'en', tags: [], file: id, blocks: [], hash: id });
    const count = Math.min(perDocument, options.passages - passages.length);
    for (let p = 0; p < count; p++) {
      passages.push({ id: `${id}#${p}`, docId: id, position: p, paragraph: Math.floor(p / 4), text: sentence(), section: null });
    }
  }
  return { documents, passages, aliases: [], hash: `synthetic-${options.passages}-${options.seed ?? 42}` };
}

/** Kinds of benchmark question. */
export type QuestionKind = 'rare' | 'common' | 'date' | 'typo';

/**
 * A fixed mix of questions over an archive: rare names and words taken from passages,
 * common words only, date-restricted, and with typos.
 */
export function syntheticQuestions(kb: KnowledgeBase, count: number, seed = 7): { q: string; kind: QuestionKind }[] {
  const rnd = random(seed);
  const kinds: QuestionKind[] = ['rare', 'common', 'date', 'typo'];
  const out: { q: string; kind: QuestionKind }[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const passage = kb.passages[Math.floor(rnd() * kb.passages.length)]!;
    const words = passage.text.replace(/\.$/, '').split(' ').filter((w) => w.length > 3);
    const few = (n: number): string[] => Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]!);
    if (kind === 'rare') out.push({ kind, q: `What did ${NAMES[Math.floor(rnd() * 10)]} say about ${few(2).join(' ')}?` });
    else if (kind === 'common') out.push({ kind, q: `What about ${COMMON[Math.floor(rnd() * COMMON.length)]} and ${COMMON[Math.floor(rnd() * COMMON.length)]} with ${NAMES[20 + Math.floor(rnd() * 10)]}?` });
    else if (kind === 'date') out.push({ kind, q: `What was said about ${few(2).join(' ')} in ${1991 + Math.floor(rnd() * 36)}?` });
    else {
      const [a, b] = few(2);
      const typo = (w: string): string => (w.length > 5 ? `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}` : w);
      out.push({ kind, q: `${typo(a ?? 'talks')} ${typo(b ?? 'trade')} meeting?` });
    }
  }
  return out;
}

/** A knowledge base mixed into a synthetic archive of `passages` passages (its own documents first). */
export function withDistractors(knowledge: KnowledgeBase, passages: number, seed = 42): KnowledgeBase {
  const noise = syntheticArchive({ passages, seed });
  return {
    documents: [...knowledge.documents, ...noise.documents],
    passages: [...knowledge.passages, ...noise.passages],
    aliases: knowledge.aliases,
    hash: `${knowledge.hash}+${noise.hash}`,
  };
}
