import type { CapClass } from '@/lib/context/ticker-context';

const LABELS: Record<CapClass, string> = {
  mega: 'Mega cap',
  large: 'Large cap',
  mid: 'Mid cap',
  small: 'Small cap',
  micro: 'Micro cap',
  nano: 'Nano cap',
};

/** `notListed`: the stock has left the exchanges, so "no cap class" is a fact about it, not a data gap. */
export function CapClassBadge({ capClass, notListed = false }: { capClass: CapClass | null; notListed?: boolean }) {
  if (!capClass) return <span class="cl-badge cl-badge--none">{notListed ? 'Not listed' : 'Cap class n/a'}</span>;
  return <span class={`cl-badge cl-badge--${capClass}`}>{LABELS[capClass]}</span>;
}
