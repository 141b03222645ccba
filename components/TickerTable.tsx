import { Component, Fragment, type VNode } from 'preact';
import type { TickerContext } from '@/lib/context/ticker-context';
import { nextSort, russellOf, sortRows, type TableColumn, type TableSort } from '@/lib/context/ticker-table';
import { formatAsOf, formatRatio } from '@/lib/format';
import type { DetectedTicker } from '@/lib/messaging/protocol';

const COLUMNS: [TableColumn, string][] = [
  ['symbol', 'Symbol'],
  ['cap', 'Cap'],
  ['russell', 'Russell'],
  ['pe', 'P/E'],
  ['gap', 'vs S&P'],
  ['rate', 'Rates'],
];
const CAP = { mega: 'Mega', large: 'Large', mid: 'Mid', small: 'Small', micro: 'Micro', nano: 'Nano' } as const;
const RATE = { low: 'Low', moderate: 'Mod.', high: 'High', unknown: '—' } as const;

const gapText = (g: number | null | undefined) => (g == null ? '—' : `${g > 0 ? '+' : g < 0 ? '−' : ''}${Math.abs(g).toFixed(0)}%`);
/** The valuation's source with its date once ("Finviz quote pages (2025-12-22)" already has it). */
const dated = (v: NonNullable<TickerContext['valuation']>) => (v.asOf && v.source?.includes(v.asOf) ? v.source : `${v.source}, as of ${formatAsOf(v.asOf)}`);
const rowId = (symbol: string) => `cl-row-${symbol.replace(/[^A-Za-z0-9]/g, '-')}`;

/** "Finviz quote pages (2025-12-22) (5); TradingView US scan (2025-10-24) (1)": the table's P/Es by dataset and date. */
function valuationSources(tickers: readonly DetectedTicker[]): string {
  const n = new Map<string, number>();
  for (const t of tickers) {
    const v = t.context.valuation;
    if (v?.pe != null) n.set(dated(v), (n.get(dated(v)) ?? 0) + 1);
  }
  return [...n].map(([k, c]) => `${k} (${c})`).join('; ');
}

function Row({ c, open }: { c: TickerContext; open: boolean }) {
  const v = c.valuation;
  const r = russellOf(c);
  const figure = v ? dated(v) : undefined;
  return (
    <>
      <th scope="row">
        {/* The row's click does the work: this button is its keyboard handle (Enter/Space click it). */}
        <button type="button" class="cl-link" aria-expanded={open} aria-controls={`${rowId(c.symbol)}-card`} title={`${open ? 'Hide' : 'Show'} the ${c.symbol} card`}>
          {c.symbol}
        </button>
      </th>
      <td>{c.capClass ? <span class={`cl-badge cl-badge--${c.capClass}`}>{CAP[c.capClass]}</span> : <span class="cl-muted">{c.kind === 'etf' ? 'ETF' : '—'}</span>}</td>
      <td title={r ? `Russell ${r.slice(1)}, estimated` : undefined}>{r ?? '—'}</td>
      <td class="cl-num" title={figure}>
        {formatRatio(v?.pe)}
      </td>
      <td class={`cl-num${v?.gapPct != null ? (v.gapPct < 0 ? ' cl-day--pos' : ' cl-day--neg') : ''}`} title={v?.benchmark ?? figure}>
        {gapText(v?.gapPct)}
      </td>
      <td class={`cl-level--${c.rateSensitivity?.level ?? 'unknown'}`}>
        {RATE[c.rateSensitivity?.level ?? 'unknown']}
      </td>
    </>
  );
}

interface TickerTableProps {
  tickers: readonly DetectedTicker[];
  renderCard: (t: DetectedTicker) => VNode;
}

interface TickerTableState {
  sort: TableSort | null;
  open: ReadonlySet<string>;
}

/**
 * The table view (DESIGN.md contract 3): one row per ticker, sortable by column, a row's click or
 * Enter opens its full card in place. Rows start in the page's order (watched first, then most
 * mentioned), like the cards. A class component: preact/hooks would add about 1 KB gzipped to
 * the content script.
 */
export class TickerTable extends Component<TickerTableProps, TickerTableState> {
  override state: TickerTableState = { sort: null, open: new Set() };

  override render({ tickers, renderCard }: TickerTableProps, { sort, open }: TickerTableState) {
    const toggle = (symbol: string) => {
      const next = new Set(open);
      if (!next.delete(symbol)) next.add(symbol);
      this.setState({ open: next });
    };
    const sources = valuationSources(tickers);
    return (
      <div data-view="table" class="cl-table">
        <table>
          <thead>
            <tr>
              {COLUMNS.map(([id, label]) => (
                <th scope="col" aria-sort={sort?.column === id ? sort.dir : 'none'}>
                  <button type="button" class="cl-sort" onClick={() => this.setState({ sort: nextSort(sort, id) })}>
                    {label}
                    <span aria-hidden="true">{sort?.column === id ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sortRows(tickers, sort).map((t) => (
              <Fragment key={t.symbol}>
                <tr data-row data-symbol={t.symbol} data-cap-class={t.context.capClass ?? ''} class={open.has(t.symbol) ? 'cl-row--open' : undefined} onClick={() => toggle(t.symbol)}>
                  <Row c={t.context} open={open.has(t.symbol)} />
                </tr>
                {open.has(t.symbol) && (
                  <tr id={`${rowId(t.symbol)}-card`} class="cl-table__card">
                    <td colSpan={COLUMNS.length}>{renderCard(t)}</td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
        <p class="cl-source">
          P/E and gap to the S&P 500 aggregate P/E of the same dataset{sources ? `: ${sources}` : ''}. Russell membership estimated by rank. A row opens its card with every source and date.
        </p>
      </div>
    );
  }
}
