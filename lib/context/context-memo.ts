import type { SymbolRecord } from '../data/symbol-record';
import type { CapThresholds } from '../metrics/classify';
import { buildContext, type IndexMeta } from './build-context';
import type { LiveInputs } from './live-inputs';
import type { TickerContext } from './ticker-context';

type Refs = Parameters<typeof buildContext>[3];

const sameThresholds = (a?: Readonly<CapThresholds>, b?: Readonly<CapThresholds>) =>
  a === b || (!!a && !!b && a.mega === b.mega && a.large === b.large && a.mid === b.mid && a.small === b.small && a.micro === b.micro);

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/**
 * Card models of snapshot-only cards (no live inputs), built once per record and reused: pages
 * ask for the same few dozen symbols on every scan, and the model is a pure function of the
 * record, the index metadata, the reference figures and the cap thresholds. A cached model is
 * reused only while all of them are the same (a new snapshot brings new record objects and new
 * reference figures; a changed threshold setting rebuilds). Cards with live inputs are built
 * every time. Cached models are deep-frozen, so the reply check can trust a model it checked once
 * (lib/messaging/reply-check.ts).
 */
export function createContextMemo() {
  const byRecord = new WeakMap<SymbolRecord, { meta: IndexMeta; refs: Refs; context: TickerContext }>();
  return function contextFor(record: SymbolRecord | undefined, symbol: string, meta: IndexMeta, refs: Refs, live?: LiveInputs): TickerContext {
    if (!record || live) return buildContext(record, symbol, meta, refs, live);
    const hit = byRecord.get(record);
    if (hit && hit.meta === meta && hit.refs?.valuation === refs?.valuation && sameThresholds(hit.refs?.capThresholds, refs?.capThresholds)) return hit.context;
    const context = deepFreeze(buildContext(record, symbol, meta, refs));
    byRecord.set(record, { meta, refs, context });
    return context;
  };
}

export type ContextMemo = ReturnType<typeof createContextMemo>;
