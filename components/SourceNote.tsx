import { formatAsOf } from '@/lib/format';

/** The "as of / source" line every figure carries. */
export function SourceNote({ asOf, source }: { asOf: string | null | undefined; source: string | null | undefined }) {
  return (
    <span class="cl-source">
      as of {formatAsOf(asOf)} · {source ?? 'source unknown'}
    </span>
  );
}
