import { INDEXES } from '../detect/indexes';
import type { DetectionKind } from '../detect/types';
import type { TickerContext } from './ticker-context';

/** Funds that track each index, largest first: what an investor would buy to own it. */
const INDEX_PROXIES: Record<string, string> = {
  SPX: 'SPY',
  SP400: 'IJH',
  SML: 'IJR',
  RUT: 'IWM',
  RUI: 'IWB',
  RUA: 'IWV',
  IXIC: 'ONEQ',
  NDX: 'QQQ',
  DJI: 'DIA',
};

const COINS: Record<string, string> = { BTC: 'Bitcoin', ETH: 'Ether', SOL: 'Solana', XRP: 'XRP', DOGE: 'Dogecoin', USDT: 'Tether', USDC: 'USD Coin' };

/** A card with no figures: every field present (contract 2), each null. */
export const emptyContext = (symbol: string): Omit<TickerContext, 'kind' | 'name'> => ({
  symbol,
  exchange: null,
  sector: null,
  marketCap: null,
  capClass: null,
  index: { sp500: null, russell1000: null, russell2000: null, method: null },
  valuation: null,
  rateSensitivity: null,
});

/**
 * Cards for mentions that are not listed securities: an index named in prose (with the fund
 * that tracks it) or a crypto asset (labelled, never matched to a stock with the same letters).
 */
export function specialContext(kind: DetectionKind, symbol: string): TickerContext {
  if (kind === 'index') {
    const info = INDEXES.find((i) => i.code === symbol);
    const proxy = INDEX_PROXIES[symbol];
    return { ...emptyContext(symbol), kind: 'index', name: info?.name ?? symbol, ...(proxy ? { proxyEtf: proxy } : {}) };
  }
  return { ...emptyContext(symbol), kind: 'crypto', name: COINS[symbol] ?? `${symbol} (crypto asset)` };
}
