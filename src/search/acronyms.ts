import type { KnowledgeBase } from '../knowledge/types.ts';

/**
 * Words that make a capitalised name an institution, a place, a treaty or a goal whose initials
 * people use ("Asian Development Bank" → ADB, "Ho Chi Minh City" → HCMC, "Sustainable Development
 * Goals" → SDG, "Disengagement Observer Force" → DOF).
 */
const INSTITUTION_WORDS =
  'Bank|Agency|Organi[sz]ation|Fund|Corporation|Union|Council|Commission|Programme|Program|Institute|Association|Forum|Conference|Company|Ministry|Service|Authority|Committee|Office|Centre|Center|Partnership|Initiative|Cooperation|Community|City|Region|Province|Republic|Emirates|Islands|Zone|Corridor|Railways?|Airport|Goals|Treaty|Convention|Force|Mission|Summit|Assembly|Strategy';
const INSTITUTION = new RegExp(`^(?:${INSTITUTION_WORDS})$`);
/** Small words inside a name that its initials skip ("Bank for Reconstruction and Development"). */
const CONNECTOR = /^(?:of|for|and|on|de)$/;
/** Capitalised words that do not begin a name: months, days, and sentence openers written in lower case elsewhere. */
const NOT_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The)$/;
/** Longest name, in words, whose initials are taken (alias phrases are matched up to six words). */
const MAX_WORDS = 6;

/** A quick test for a sentence that may name an institution, before it is read word by word. */
const HAS_INSTITUTION = new RegExp(`\\b(?:${INSTITUTION_WORDS})\\b`);

/**
 * Acronyms of the institutions and places the archive names in full ("Japan International Cooperation
 * Agency" → JICA), each with the name as the archive first writes it. Whether people
 * write the acronym as an ordinary word is for the caller to judge.
 */
export function acronymGroups(knowledge: KnowledgeBase): [string, string][] {
  const found = new Map<string, string>();
  // A capitalised word of a name: not a possessive ("Egypt's"), not a dateline in capitals, not a month or day.
  const nameWord = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w) && !/['’]s$/u.test(w) && !NOT_NAME.test(w);
  for (const passage of knowledge.passages) {
    if (!HAS_INSTITUTION.test(passage.text)) continue;
    // Words, and each mark of punctuation as a token of its own: a name does not run across a comma.
    const words = passage.text.match(/[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu) ?? [];
    for (let start = 0; start < words.length; start++) {
      if (!nameWord(words[start]!)) continue;
      let end = start;
      while (end + 1 < words.length && end + 1 - start < MAX_WORDS && (nameWord(words[end + 1]!) || CONNECTOR.test(words[end + 1]!))) end++;
      while (end > start && CONNECTOR.test(words[end]!)) end--;
      const name = words.slice(start, end + 1);
      const capitalised = name.filter(nameWord);
      if (capitalised.length >= 3 && capitalised.some((w) => INSTITUTION.test(w))) {
        const acronym = capitalised.map((w) => w[0]!).join('').toUpperCase();
        if (!found.has(acronym)) found.set(acronym, name.join(' '));
      }
      start = end;
    }
  }
  return [...found];
}

/** An acronym as the archive writes it: three to six capitals, perhaps a plural "s" ("SDGs"). */
const ACRONYM_RE = /\b(\p{Lu}{3,6})s?\b/gu;
/** A run of capitalised words, with the small words a name may hold ("Office for Democratic Institutions and Human Rights"). */
const NAME_RUN_RE = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on|in|the|de)\s+){0,2}\p{Lu}[\p{L}'’-]*){2,}/gu;
/** Small words a name's initials skip, including "in" and "the" ("Regional Centre for the Sustainable Development Goals"). */
const SKIPPED = /^(?:of|for|and|on|in|the|de)$/;

/**
 * Acronyms the archive writes both as initials and in full ("SDG" and "Sustainable
 * Development Goals"), as alias groups, so that a question or a passage using either form
 * meets the other. `known` tells acronyms that already have a group (curated aliases), which
 * are left alone. A full form is taken only when it is clearly the most written one for its
 * initials (at least twice as often as the next), so an acronym standing for two names joins neither.
 */
export function acronymAliases(knowledge: KnowledgeBase, known: (acronym: string) => boolean = () => false): string[][] {
  const texts = [...knowledge.passages.map((p) => p.text), ...knowledge.documents.map((d) => d.title)];
  const acronyms = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(ACRONYM_RE)) acronyms.add(m[1]!);
  for (const a of acronyms) if (known(a)) acronyms.delete(a);
  if (acronyms.size === 0) return [];
  // Initials → full forms written with them (by lower case) → [as first written, times written].
  const forms = new Map<string, Map<string, [string, number]>>();
  for (const text of texts) {
    for (const run of text.matchAll(NAME_RUN_RE)) {
      const words = run[0].split(/\s+/);
      // Every span of the run that starts and ends on a capitalised word: "Sustainable Development
      // Goals" inside "The UN Regional Centre for the Sustainable Development Goals".
      for (let start = 0; start < words.length; start++) {
        if (SKIPPED.test(words[start]!) || /^\p{Lu}+$/u.test(words[start]!)) continue;
        let initials = '';
        for (let end = start; end < words.length && initials.length < 6; end++) {
          const w = words[end]!;
          if (SKIPPED.test(w)) continue;
          if (/^\p{Lu}{2,}$/u.test(w)) break;
          initials += w[0]!.toUpperCase();
          if (initials.length < 3 || !acronyms.has(initials)) continue;
          const name = words.slice(start, end + 1).join(' ');
          const byName = forms.get(initials) ?? new Map<string, [string, number]>();
          const seen = byName.get(name.toLowerCase());
          byName.set(name.toLowerCase(), [seen?.[0] ?? name, (seen?.[1] ?? 0) + 1]);
          forms.set(initials, byName);
        }
      }
    }
  }
  const groups: string[][] = [];
  for (const [acronym, byName] of forms) {
    const [best, next] = [...byName.values()].sort((x, y) => y[1] - x[1]);
    if (next && best![1] < 2 * next[1]) continue;
    groups.push([acronym, best![0]]);
  }
  return groups.sort((x, y) => x[0]!.localeCompare(y[0]!));
}
