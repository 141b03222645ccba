import type { TickerContext } from '@/lib/context/ticker-context';

function Chip({ label, member, estimated }: { label: string; member: boolean | null; estimated?: boolean }) {
  const state = member === null ? 'unknown' : member ? 'yes' : 'no';
  const mark = member === null ? '?' : member ? '✓' : '✗';
  const word = member === null ? 'unknown' : member ? (estimated ? 'estimated member' : 'member') : estimated ? 'estimated not a member' : 'not a member';
  return (
    <span class={`cl-chip cl-chip--${state}`} title={`${label}: ${word}`} aria-label={`${label}: ${word}`}>
      <span aria-hidden="true">{mark}</span> {label}
      {estimated && member !== null && <span aria-hidden="true">*</span>}
    </span>
  );
}

/** S&P 500 from the published list; Russell estimated by rank (starred), with the method one click away. */
export function IndexMembership({ index }: { index: TickerContext['index'] }) {
  return (
    <div class="cl-row">
      <div class="cl-chips">
        <Chip label="S&P 500" member={index.sp500} />
        <Chip label="Russell 1000" member={index.russell1000} estimated />
        <Chip label="Russell 2000" member={index.russell2000} estimated />
      </div>
      {index.note && <div class="cl-small cl-note">{index.note}</div>}
      {index.method && (
        <details class="cl-details cl-source">
          <summary>* How membership is determined</summary>
          {index.method}
        </details>
      )}
    </div>
  );
}
