import type { KnowledgeBase } from '../knowledge/types.ts';

/** Words that make a capitalised name an institution, whose initials people use ("Asian Development Bank" → ADB). */
const INSTITUTION_WORDS =
  'Bank|Agency|Organi[sz]ation|Fund|Corporation|Union|Council|Commission|Programme|Program|Institute|Association|Forum|Conference|Company|Ministry|Service|Authority|Committee|Office|Centre|Center|Partnership|Initiative|Cooperation|Community';
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
 * Acronyms of the institutions the archive names in full ("Japan International Cooperation
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
