import type { TickerContext } from '@/lib/context/ticker-context';

function Chip({ label, member }: { label: string; member: boolean | null }) {
  const state = member === null ? 'unknown' : member ? 'yes' : 'no';
  const mark = member === null ? '?' : member ? '✓' : '✗';
  const word = member === null ? 'not estimated' : member ? 'member' : 'not a member';
  return (
    <span class={`cl-chip cl-chip--${state}`} title={`${label}: ${word}`} aria-label={`${label}: ${word}`}>
      <span aria-hidden="true">{mark}</span> {label}
    </span>
  );
}

export function IndexMembership({ index }: { index: TickerContext['index'] }) {
  return (
    <div class="cl-row">
      <div class="cl-chips">
        <Chip label="S&P 500" member={index.sp500} />
        <Chip label="Russell 1000" member={index.russell1000} />
        <Chip label="Russell 2000" member={index.russell2000} />
      </div>
      {index.method && <div class="cl-source">{index.method}</div>}
    </div>
  );
}
