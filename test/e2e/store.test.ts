/**
 * What the stores check first, on the built manifests (npm run build / build:firefox): name,
 * description (Chrome Web Store: at most 132 characters), version, and our own icon set — 16, 32,
 * 48 and 128 px PNGs of those sizes — as `icons` and as the toolbar button's `default_icon`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const BUILDS = [
  { name: 'chrome-mv3', dir: '.output/chrome-mv3', action: 'action', required: true },
  { name: 'firefox-mv2', dir: '.output/firefox-mv2', action: 'browser_action', required: false },
] as const;
const SIZES = ['16', '32', '48', '128'];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe.each(BUILDS)('store basics: $name manifest', ({ dir, action, required }) => {
  const present = existsSync(join(dir, 'manifest.json'));
  test.skipIf(!present && !required)('name, description, version and the icon set', () => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
      icons?: Record<string, string>;
    };
    expect(m.name).toBe('CapLens');
    expect(typeof m.description === 'string' && m.description.length > 0 && m.description.length <= 132).toBe(true);
    expect(m.version).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(Object.keys(m.icons ?? {}).sort()).toEqual([...SIZES].sort());
    const button = m[action] as { default_icon?: Record<string, string> } | undefined;
    expect(button?.default_icon).toEqual(m.icons);
    for (const size of SIZES) {
      expect(pngSize(join(dir, m.icons![size]!))).toEqual({ width: Number(size), height: Number(size) });
    }
  });
});
