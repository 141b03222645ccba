/** A plain object (not null, not an array): the first check of every hand-read stored value or message. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
