/**
 * A Yahoo v8 chart response in its documented shape (meta, daily timestamps at the 09:30 ET open,
 * indicators.quote[0].close) around SYNTHETIC closes. No real one-year equity chart is among the
 * recorded fixtures (../shared/data/fixtures/SOURCE.md: only a ^TNX intraday day), and a beta
 * test needs a known answer, so prices are built from a stated model on real FRED dates.
 */
export function syntheticChartBody(symbol: string, dates: readonly string[], closes: readonly number[]) {
  return {
    chart: {
      result: [
        {
          meta: { symbol, currency: 'USD', regularMarketPrice: closes.at(-1)!, gmtoffset: -14400, range: '1y' },
          timestamp: dates.map((d) => Date.parse(`${d}T13:30:00Z`) / 1000),
          indicators: { quote: [{ close: [...closes] }] },
        },
      ],
      error: null,
    },
  };
}

/** Price levels from simple returns. */
export function levels(p0: number, returns: readonly number[]): number[] {
  const out = [p0];
  for (const r of returns) out.push(out.at(-1)! * (1 + r));
  return out;
}
