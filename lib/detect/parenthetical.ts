/**
 * "Allstate Corp. (ALL)" or "Investor Relations (IR)": is the parenthetical after a phrase the
 * company's own name (deliberate, so strong evidence even for a word-ticker), or the initials
 * of the phrase it follows (not the company at all)? Judged from the text before the parenthesis.
 */
import { PAREN_CONTEXT_BEFORE } from './candidates';
import { NAME_SUFFIXES, words } from './name-words';
import { PAREN_NEEDS_NAME } from './ambiguous-symbols';
import { PAREN_STOP_WORDS } from './stop-words';
import type { SymbolUniverse } from './symbol-universe';
import type { Candidate } from './types';

const FUNCTION_WORDS = new Set('of for and the de du la & on in at to'.split(' '));
// First name words too common to identify a company alone ("First Horizon" vs "First Solar").
const GENERIC_FIRST = new Set(
  'first american united general national international global new great southern northern western eastern central pacific atlantic bank'.split(' '),
);

/** The text right before the parenthesis that holds `symbol`, from the candidate's context. */
function textBeforeParen(c: Candidate, symbol: string): string | null {
  const ctx = c.context;
  if (!ctx) return null;
  const base = symbol.split('.')[0]!;
  let best = -1;
  // "(LOW)" or, with the blanks some sites put inside, "( LOW )" (the context's spaces are collapsed).
  for (const open of ['(' + base, '( ' + base]) {
    for (let i = ctx.indexOf(open); i !== -1; i = ctx.indexOf(open, i + 1)) {
      // The context keeps PAREN_CONTEXT_BEFORE characters before the parenthesis (fewer at the start of a block).
      if (best === -1 || Math.abs(i - PAREN_CONTEXT_BEFORE) < Math.abs(best - PAREN_CONTEXT_BEFORE)) best = i;
    }
  }
  return best === -1 ? null : ctx.slice(0, best);
}

/** The capitalised words before the parenthesis, trailing suffixes (Inc., Corp.) dropped. */
function nameWordsBefore(before: string): string[] {
  const raw = before.split(/[\s\u00a0]+/).filter((w) => w !== '').slice(-8);
  while (raw.length > 0 && NAME_SUFFIXES.has(raw[raw.length - 1]!.toLowerCase().replace(/[^a-z]/g, ''))) raw.pop();
  return raw;
}

/** "Investor Relations (IR)", "Centers for Medicare & Medicaid Services (CMS)": the letters are the initials. */
export function isAcronymOf(symbol: string, before: string): boolean {
  const letters = symbol.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  const ws = nameWordsBefore(before);
  let li = letters.length - 1;
  let skipped = 0;
  for (let wi = ws.length - 1; wi >= 0 && li >= 0; wi--) {
    const w = ws[wi]!.replace(/^[^A-Za-z0-9&]+/, '');
    if (w === '' || FUNCTION_WORDS.has(w.toLowerCase())) continue;
    if (w[0] === letters[li]) li--;
    else if (/^[A-Z]/.test(w) && skipped === 0 && li < letters.length - 1) skipped++;
    else return false;
  }
  return li < 0;
}

/**
 * "Cybermedia Technologies (CTEC)", "Bank Policy Institute (BPI)": an abbreviation made of the
 * leading letters of two or more capitalised words, each word giving its first letter and maybe
 * more of its letters in order (C-ybermedia T-E-C-hnologies). How writers coin a short name for a
 * body that is not listed; a listed company's own name was ruled out first (namesCompany). One
 * word never counts: "Google (GOOGL)" is a brand and its ticker.
 */
export function isAbbreviationOf(symbol: string, before: string): boolean {
  const letters = symbol.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  const ws = nameWordsBefore(before)
    .map((w) => w.replace(/^[^A-Za-z0-9&]+/, '').replace(/[^A-Za-z0-9&]+$/, ''))
    .filter((w) => w !== '' && !FUNCTION_WORDS.has(w.toLowerCase()));
  // Letters [0, end) from words [0, wi]: the last word takes a suffix of the letters led by its first letter.
  const fits = (end: number, wi: number, used: number): boolean => {
    if (end === 0) return used >= 2;
    if (wi < 0) return false;
    const w = ws[wi]!;
    if (!/^[A-Z]/.test(w)) return false;
    const lower = w.toLowerCase();
    for (let start = end - 1; start >= 0; start--) {
      if (letters[start] !== w[0]) continue;
      if (inOrder(letters.slice(start + 1, end).toLowerCase(), lower, 1) && fits(start, wi - 1, used + 1)) return true;
    }
    return false;
  };
  return fits(letters.length, ws.length - 1, 0);
}

/** Whether `part`'s characters occur in `word` in order, from `from` on. */
function inOrder(part: string, word: string, from: number): boolean {
  let at = from;
  for (const ch of part) {
    at = word.indexOf(ch, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/** The words before the parenthesis name the listed company ("Opendoor Technologies Inc." ~ "Opendoor Technologies"). */
export function namesCompany(before: string, listedName: string): boolean {
  const listed = words(listedName).filter((w) => !NAME_SUFFIXES.has(w));
  if (listed.length === 0) return false;
  const near = new Set(words(nameWordsBefore(before).slice(-5).join(' ')));
  if (!near.has(listed[0]!)) return false;
  return !GENERIC_FIRST.has(listed[0]!) || listed.length === 1 || near.has(listed[1]!);
}

type ParenVerdict = 'company' | 'acronym' | 'plain';

export function parenVerdict(c: Candidate, symbol: string, universe: SymbolUniverse): ParenVerdict {
  const before = textBeforeParen(c, symbol);
  if (before === null) return PAREN_STOP_WORDS.has(symbol) ? 'acronym' : 'plain';
  const name = universe.nameOf?.(symbol);
  if (name && namesCompany(before, name)) return 'company';
  // A finance abbreviation or common word ("(CEO)", "(ETF)") is a ticker only after its company's name.
  if (PAREN_STOP_WORDS.has(symbol)) return 'acronym';
  // A company listed as bare initials ("IBM") stands for a longer name: "International Business
  // Machines (IBM)" is it. A listed name that goes on after the initials ("DPC Holdings PLC") is a
  // name in its own right, so "Data Protection Commission (DPC)" is only an abbreviation.
  if (name && words(name).join('') === symbol.toLowerCase()) return 'plain';
  // An abbreviation-like symbol after anything but its company's name: "High (HD)", "MOSCOW (AP)".
  if (name && PAREN_NEEDS_NAME.has(symbol)) return 'acronym';
  return isAcronymOf(symbol, before) || isAbbreviationOf(symbol, before) ? 'acronym' : 'plain';
}
