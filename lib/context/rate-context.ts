import type { SymbolRecord } from '../data/symbol-record';
import { rateSensitivity, sectorPriorFor } from '../metrics/rate-sensitivity';
import { industryFromName } from './industry-hint';
import type { CapClass, TickerContext } from './ticker-context';

/**
 * Rate sensitivity from what the embedded data has: the sector prior (GICS, or the industry
 * the name reveals), cap class, and net debt / EBITDA when a trailing EBITDA exists. Coverage,
 * floating-rate share and measured beta need live filings and prices; they are listed as missing.
 */
export function rateContext(record: SymbolRecord, capClass: CapClass | null): TickerContext['rateSensitivity'] {
  if (record.kind !== 'stock' && record.kind !== 'adr') return null;
  const hint = record.sector ? null : industryFromName(record.name);
  const prior = sectorPriorFor(record.sector ?? hint?.sector, record.subIndustry ?? hint?.subIndustry);
  const f = record.fundamentals;
  const ttmEbitda = f?.ebitda?.period === 'ttm' ? f.ebitda.value : null;
  const netDebt = f?.totalDebt && f.cash ? f.totalDebt.value - f.cash.value : null;
  const rs = rateSensitivity({ sectorPrior: prior, capClass, netDebt, ebitda: ttmEbitda });

  const drivers = rs.drivers.map((d) =>
    hint && prior && d.name.toLowerCase().includes('sector')
      ? { ...d, note: `${d.note} (industry inferred from the name “${hint.evidence}”)` }
      : d,
  );
  const dated = [netDebt !== null && ttmEbitda !== null ? f?.totalDebt : null, record.marketCap].find(Boolean);
  return {
    level: rs.level,
    score: rs.score === null ? null : Math.round(rs.score),
    drivers,
    asOf: dated?.asOf ?? null,
    source: 'CapLens rate model (see methodology) on the embedded snapshot',
    confidence: rs.confidence,
    missing: rs.missing,
  };
}
