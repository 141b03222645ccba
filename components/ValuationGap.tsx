import type { TickerContext } from '@/lib/context/ticker-context';
import { formatRatio } from '@/lib/format';
import { IndustryRange } from './IndustryRange';
import { SourceNote } from './SourceNote';

type Valuation = NonNullable<TickerContext['valuation']>;

/** A signed gap as words a reader scans: "40% below", "12% above". */
function gapWords(gap: number | null | undefined): string | null {
  if (gap == null) return null;
  if (Math.abs(gap) < 0.5) return 'in line';
  return `${Math.abs(gap).toFixed(0)}% ${gap < 0 ? 'below' : 'above'}`;
}

/** Bar centred on the benchmark: left = cheaper, right = dearer, clipped at ±100%. */
function GapBar({ gap, label }: { gap: number; label: string }) {
  const clipped = Math.max(-100, Math.min(100, gap));
  const width = Math.abs(clipped) / 2;
  return (
    <span class="cl-gap" role="img" aria-label={label}>
      <span class={`cl-gap__fill cl-gap__fill--${gap < 0 ? 'cheap' : 'dear'}`} style={{ width: `${width}%`, [gap < 0 ? 'right' : 'left']: '50%' }} />
      <span class="cl-gap__mid" aria-hidden="true" />
    </span>
  );
}

/** A multiple's dataset or provider and date, for its tooltip (the block's source line lists them too). */
function sourceOf(v: Valuation, field: 'pe' | 'forwardPe' | 'pb' | 'evEbitda'): string | undefined {
  const s = v.fieldSources?.find((x) => x.field === field);
  return s ? `${s.source}, ${s.asOf}` : undefined;
}

export function ValuationGap({ valuation: v }: { valuation: Valuation }) {
  const vsLarge = gapWords(v.gapPct);
  const vsSector = gapWords(v.sectorGapPct);
  return (
    <div class="cl-block" aria-label="Valuation">
      <div class="cl-row">
        <span class="cl-label">P/E</span>{' '}
        <strong class="cl-value" title={sourceOf(v, 'pe')}>
          {formatRatio(v.pe)}
        </strong>
        {v.forwardPe != null && (
          <>
            <span class="cl-label">Fwd P/E</span>{' '}
            <strong class="cl-value" title={sourceOf(v, 'forwardPe')}>
              {formatRatio(v.forwardPe)}
            </strong>
          </>
        )}
        {v.pb != null && (
          <>
            <span class="cl-label">P/B</span>{' '}
            <strong class="cl-value" title={sourceOf(v, 'pb')}>
              {formatRatio(v.pb)}
            </strong>
          </>
        )}
        {v.evEbitda != null && (
          <>
            <span class="cl-label">EV/EBITDA</span>{' '}
            <strong class="cl-value" title={sourceOf(v, 'evEbitda')}>
              {formatRatio(v.evEbitda)}
            </strong>
          </>
        )}
      </div>
      {v.gapPct != null && v.benchmarkPe != null && (
        <div class="cl-row cl-gap-row">
          <span class="cl-label" title={v.benchmark ?? undefined}>
            vs large caps ({formatRatio(v.benchmarkPe)})
          </span>
          <GapBar gap={v.gapPct} label={`P/E ${vsLarge} the large-cap benchmark`} />
          <span class="cl-value">{vsLarge}</span>
        </div>
      )}
      {v.sectorGapPct != null && v.sectorMedianPe != null && (
        <div class="cl-row cl-gap-row">
          <span class="cl-label" title={v.industry ?? undefined}>
            vs {v.industry ? 'industry' : 'sector'} median ({formatRatio(v.sectorMedianPe)})
          </span>
          <GapBar gap={v.sectorGapPct} label={`P/E ${vsSector} its ${v.industry ? 'industry' : 'sector'} median`} />
          <span class="cl-value">{vsSector}</span>
        </div>
      )}
      {v.pe != null && v.industryRange && <IndustryRange pe={v.pe} range={v.industryRange} industry={v.industry?.replace(/ \(.*$/, '') ?? 'industry'} />}
      {v.sectorPercentile != null && v.sectorPeers != null && (
        <div class="cl-muted cl-small">
          {/* Dataset industries (snapshot) or S&P 500 sector peers (older records, live path). */}
          Cheaper than {100 - v.sectorPercentile}% of {v.sectorPeers} {v.industry ? `${v.industry.replace(/ \(.*$/, '')} peers` : 'sector peers in the S&P 500'}
        </div>
      )}
      {v.notes?.map((n) => (
        <div key={n} class="cl-muted cl-small">
          {n}
        </div>
      ))}
      <SourceNote asOf={v.asOf} source={v.source} />
    </div>
  );
}
