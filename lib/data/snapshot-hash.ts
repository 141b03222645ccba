/**
 * FNV-1a over the snapshot text. The service worker keys the loaded snapshot by it (a rebuilt
 * snapshot with the same date still reloads), and the build records the hash of the bytes it
 * validated (wxt.config.ts) so the worker need not validate those same bytes again.
 */
export function snapshotHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}
