/**
 * Offices a "who is …" question asks the holder of, and whether a sentence names a holder of
 * that very office: "Who is Kazakhstan's ambassador to Ethiopia?" is not answered by "the Kazakh
 * embassy said", nor "Who is the akim of Almaty?" by "Deputy Akim of Almaty Nurlan Sadykbekov".
 */
import { isEverydayWord } from './commonness.ts';
import { COUNTRY_WORDS, nearlySame } from './normalize.ts';

/** Offices a question may ask the holder of ("minister", "director-general", "chief executive"). */
export const OFFICE_TITLES = 'minister|president|ambassador|envoy|consul|chairman|chairwoman|chair|governor|mayor|akim|rector|director(?:[- ]general)?|spokesperson|spokesman|spokeswoman|secretary(?:[- ]general)?|commander|coach|chief executive|executive';

/** "Who is …", "who was now …", "who has been Kazakhstan's …": the words before an office in a question on its holder. */
export const WHO_IS_BEFORE_OFFICE = "\\bwho (?:is|was|are|were|will be|has been) (?:the |now |currently |[\\w-]+['’]s )*";

/**
 * "Who is Kazakhstan's transport minister?", "Who was the rector of …?", "who is the
 * director-general of the Kuwait Fund": the words before the office ("transport ") and the office.
 */
const OFFICE_HOLDER_Q_RE = new RegExp(`${WHO_IS_BEFORE_OFFICE}((?:[\\w-]+ ){0,3}?)(${OFFICE_TITLES})s?\\b`, 'i');

/**
 * Other words news writes for an office: an akim is a mayor, a chairwoman chairs. An envoy may
 * be an ambassador, but a "special trade envoy" is not one.
 */
const OFFICE_WORDS: Record<string, string> = {
  envoy: 'ambassadors?|envoys?',
  mayor: 'mayors?|akims?',
  akim: 'mayors?|akims?',
  chairman: 'chair(?:m[ae]n|wom[ae]n|s|ed|ing)?',
  chairwoman: 'chair(?:m[ae]n|wom[ae]n|s|ed|ing)?',
  chair: 'chair(?:m[ae]n|wom[ae]n|s|ed|ing)?',
  spokesperson: 'spokes(?:person|man|woman)',
  spokesman: 'spokes(?:person|man|woman)',
  spokeswoman: 'spokes(?:person|man|woman)',
  'chief executive': 'chief executive|ceo',
  executive: 'executive|ceo',
  commander: 'command\\w*',
};

/** A deputy's office, which is another office: "Deputy Foreign Minister", "Vice Minister of Ecology", "the fund's deputy director-general". */
const DEPUTY = '(?:deputy|vice)[ -](?:[\\w-]+ ){0,3}?';

/** Two capitalised words in a row, where a person's name is looked for ("Yerlan Abdikarimov", "Hamad Al-Omar", "Tomáš Kubala"). */
const TWO_CAPITALISED_RE = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+/gu;

/** The office a question asks the holder of, as words to find in a sentence; null when it asks none. */
export interface AskedOffice {
  /** The office's words, with a deputy's words before them in the first group when there are. */
  re: RegExp;
  /** Whether the question itself asks for a deputy ("Who is the deputy prime minister?"). */
  deputy: boolean;
}

/** The office a "who is …" question asks the holder of ("Who was Estonia's prime minister …?" → prime minister). */
export function askedOffice(question: string): AskedOffice | null {
  const m = OFFICE_HOLDER_Q_RE.exec(question);
  if (!m) return null;
  const before = m[1]!.toLowerCase();
  const office = m[2]!.toLowerCase();
  let words = OFFICE_WORDS[office] ?? `${office.replace(/[- ]/g, '[- ]')}s?`;
  // "Prime minister" is an office of its own, which "Minister of Energy" does not hold.
  if (office === 'minister' && /\bprime $/.test(before)) words = 'prime ministers?|premiers?';
  return { re: new RegExp(`(?<![\\w-])(${DEPUTY})?(?:${words})\\b`, 'gi'), deputy: /\b(?:deputy|vice)\b/.test(before) };
}

/**
 * Whether a sentence names the office a question asks about (not a deputy's office), together
 * with someone's name: "Egypt's Ambassador to Kazakhstan, Khaled Mansour, said …" does, "The
 * ambassador also raised the lack of air links" does not.
 */
export function namesOfficeHolder(text: string, office: AskedOffice, question: string): boolean {
  const holds = [...text.matchAll(office.re)].some((m) => office.deputy || m[1] === undefined);
  return holds && namesSomeoneNew(text, question);
}

/** Whether a sentence holds two capitalised words in a row, one of them a name the question does not hold. */
function namesSomeoneNew(text: string, question: string): boolean {
  const asked = question.toLowerCase().split(/[^\p{L}]+/u);
  return [...text.matchAll(TWO_CAPITALISED_RE)].some((m) =>
    m[0].split(/[\s.]+/).some((w) => {
      const lower = w.toLowerCase().replace(/['’]s$/, '');
      return lower.length > 1 && !isEverydayWord(lower) && !COUNTRY_WORDS.has(lower) && !asked.some((a) => a === lower || nearlySame(a, lower));
    }),
  );
}
