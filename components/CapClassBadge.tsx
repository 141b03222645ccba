import type { CapClass } from '@/lib/context/ticker-context';

const LABELS: Record<CapClass, string> = {
  mega: 'Mega cap',
  large: 'Large cap',
  mid: 'Mid cap',
  small: 'Small cap',
  micro: 'Micro cap',
  nano: 'Nano cap',
};

export function CapClassBadge({ capClass }: { capClass: CapClass | null }) {
  if (!capClass) return <span class="cl-badge cl-badge--none">Cap class n/a</span>;
  return <span class={`cl-badge cl-badge--${capClass}`}>{LABELS[capClass]}</span>;
}
