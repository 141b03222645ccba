/**
 * The one list of legal-form suffixes of company names ("Allstate Corp.", "Estee Lauder Cos",
 * "Linde plc"), lower-case words. Page detection (lib/detect/name-words.ts) and the popup's
 * symbol search (lib/data/symbol-search.ts) drop them, each adding its own filler words.
 */
export const COMPANY_SUFFIXES: readonly string[] = 'inc incorporated corp corporation co company cos ltd limited plc llc lp sa nv ag se'.split(' ');
