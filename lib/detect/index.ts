export type { Candidate, Detection, Evidence } from './types';
export { EVIDENCE_TYPES } from './types';
export { findTextCandidates, findPositionedCandidates, PAREN_STOP_WORDS, type PositionedCandidate } from './candidates';
export { candidateFromHref } from './links';
export { validateCandidates, AMBIGUOUS_SYMBOLS, STRONG_EVIDENCE, type SymbolUniverse } from './validate';
export { scanDom, scanDomLocated, findFirstMention, scanRoots, SIDEBAR_TAG, type ScanOptions, type LocatedCandidate } from './dom-scan';
export { US_EXCHANGES, isForeignExchange, normalizeExchangeName, parseRic } from './exchanges';
