import type { BankBalanceSection } from '../bank-balance-schema';
import type { DatasetFigures } from './dataset-figures';
import { quantile } from './quantile';

/**
 * Banks' capital and borrowing ratios from one dataset (the TradingView scan of 2025-10-24: the
 * only one with total assets), and their spread over all the dataset's banks. Banks are the
 * scan's "Regional Banks", "Major Banks" and "Savings Banks"; a bank is a peer when its equity
 * and assets are positive, equity is below assets and debt is not negative. Only symbols the
 * snapshot lists get a row; the peer spread counts every bank of the scan, listed or not.
 */
export const BANK_INDUSTRIES = ['Regional Banks', 'Major Banks', 'Savings Banks'] as const;

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function buildBankBalance(source: string, figures: ReadonlyMap<string, DatasetFigures>, listed: ReadonlySet<string>): BankBalanceSection {
  const banks = new Set<string>(BANK_INDUSTRIES);
  const ratios: [string, number, number][] = [];
  for (const [symbol, f] of figures) {
    if (!f.industry || !banks.has(f.industry)) continue;
    const { equity, totalAssets, totalDebt } = f;
    if (equity === null || totalAssets === null || totalDebt === null) continue;
    if (!(equity > 0 && totalAssets > equity && totalDebt >= 0 && totalDebt < totalAssets)) continue;
    ratios.push([symbol, equity / totalAssets, totalDebt / totalAssets]);
  }
  if (ratios.length < 20) throw new Error(`bank balance: only ${ratios.length} banks with equity, debt and assets in ${source} (need ≥ 20 for a peer spread)`);
  const spread = (i: 1 | 2) => {
    const s = ratios.map((r) => r[i]).sort((a, b) => a - b);
    return [r4(quantile(s, 0.1)), r4(quantile(s, 0.5)), r4(quantile(s, 0.9))] as [number, number, number];
  };
  return {
    source,
    industries: [...BANK_INDUSTRIES],
    peers: { count: ratios.length, equityToAssets: spread(1), borrowingsToAssets: spread(2) },
    rows: ratios
      .filter(([symbol]) => listed.has(symbol))
      .map(([symbol, ea, ba]): [string, number, number] => [symbol, r4(ea), r4(ba)])
      // A ratio that rounds to 0 or 1 would break the schema's bounds; such a bank is an outlier the spread still counts.
      .filter(([, ea, ba]) => ea > 0 && ea < 1 && ba < 1)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  };
}
