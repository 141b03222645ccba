import type { ExtractedClaim, Mention, Qualifier } from './extracted-claim';
import type { Sentence } from './sentences';

/** What every extractor gets: one sentence, the mentions inside it, the article's date. */
export interface SentenceInput {
  sentence: Sentence;
  mentions: readonly Mention[];
  articleDate: string | null;
}

/** A claim from a regex match inside the sentence (offsets made absolute). */
export function claimAt(input: SentenceInput, m: RegExpExecArray, rest: Omit<ExtractedClaim, 'text' | 'start' | 'end' | 'sentence'>, trim = 0): ExtractedClaim {
  const text = m[0].slice(trim).trim();
  const start = input.sentence.start + m.index + m[0].indexOf(text, trim);
  return { ...rest, text, start, end: start + text.length, sentence: input.sentence.text };
}

/** Words that turn a number into a forecast, a wish or a condition: not a claim of fact. */
const FORECAST = /\b(?:expect(?:s|ed|ing|ations?)?|forecasts?|predict(?:s|ed)?|could|may|might|would|will|should|priced in|pricing in|bets?|betting|anticipat\w*|plans?|projects?|futures|odds)\b/i;
export const soundsLikeForecast = (clause: string) => FORECAST.test(clause);

/** "nearly", "over", "roughly"… just before a number. */
export function qualifierBefore(words: string): Qualifier {
  const w = words.toLowerCase();
  if (/\b(?:exceed(?:s|ed|ing)?|above|over|more than|upwards of|at least|north of|topping|beyond)\s*$/.test(w)) return 'above';
  if (/\b(?:below|under|less than|at most|south of)\s*$/.test(w)) return 'below';
  if (/\b(?:nearly|almost|about|around|roughly|approximately|some|close to|near|~)\s*$/.test(w)) return 'about';
  return 'exact';
}

/** The mention nearest before `at` (absolute offset) in the sentence, or else the first after it. */
export function subjectNear(mentions: readonly Mention[], at: number, preferBefore = true): string | null {
  const before = mentions.filter((m) => m.end <= at).at(-1);
  if (preferBefore && before) return before.subject;
  return mentions.find((m) => m.start >= at)?.subject ?? before?.subject ?? null;
}
