/**
 * Draws the CapLens icon set — a lens over three rising bars on a blue tile — and writes
 * public/icon/{16,32,48,128}.png (WXT adds them to both manifests as `icons` and the action's
 * `default_icon`). The glyph is SVG, rasterised by Debian's Chromium through playwright-core
 * (already a devDependency): no image library, no downloaded browser.
 *
 * The small sizes are drawn, not shrunk: at 16 and 32 px the strokes are snapped to whole pixels
 * and thickened so the lens still reads on a toolbar. The tile is an opaque mid blue with a thin
 * darker rim, so the icon keeps its outline on light (#fff) and dark (#202124) toolbars alike.
 *
 * Usage: tsx scripts/render-icons.ts [--preview out.png]   (--preview: the set on light and dark)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './lib/launch-extension';

export const ICON_SIZES = [16, 32, 48, 128] as const;
type Size = (typeof ICON_SIZES)[number];

const TILE = '#1a6fd6';
const RIM = '#0d3f85';
const INK = '#ffffff';

/** Per-size geometry, in pixels of that size (hand-tuned so edges land on the pixel grid). */
interface Geometry {
  radius: number; // tile corner radius
  rim: number; // rim width
  cx: number; // lens centre
  cy: number;
  r: number; // lens ring radius (to the middle of the stroke)
  ring: number; // ring stroke width
  handle: number; // handle stroke width
  hx: number; // handle end
  hy: number;
  bars: { x: number; w: number; top: number }[]; // bars inside the lens, bottom at `base`
  base: number;
}

const GEOMETRY: Record<Size, Geometry> = {
  16: { radius: 3.5, rim: 0, cx: 7, cy: 7, r: 4.5, ring: 2, handle: 3, hx: 13.5, hy: 13.5, bars: [{ x: 5, w: 1, top: 8 }, { x: 7, w: 2, top: 5 }], base: 10 },
  32: { radius: 6, rim: 1, cx: 13.5, cy: 13.5, r: 8.5, ring: 3, handle: 4.5, hx: 27, hy: 27, bars: [{ x: 9, w: 2, top: 14 }, { x: 12, w: 2, top: 11 }, { x: 15, w: 3, top: 8 }], base: 18 },
  48: { radius: 9, rim: 1.5, cx: 19.5, cy: 19.5, r: 12, ring: 4, handle: 6.5, hx: 40.5, hy: 40.5, bars: [{ x: 13, w: 3, top: 21 }, { x: 18, w: 3, top: 17 }, { x: 23, w: 3, top: 13 }], base: 26 },
  128: { radius: 26, rim: 3, cx: 52, cy: 52, r: 31, ring: 10, handle: 16, hx: 107, hy: 107, bars: [{ x: 36, w: 9, top: 56 }, { x: 48, w: 9, top: 45 }, { x: 60, w: 9, top: 34 }], base: 69 },
};

export function iconSvg(size: Size): string {
  const g = GEOMETRY[size];
  const half = g.rim / 2;
  // The handle starts where the ring's outer edge meets the diagonal.
  const k = (g.r + g.ring / 2 - 0.5) / Math.SQRT2;
  const bars = g.bars.map((b) => `<rect x="${b.x}" y="${b.top}" width="${b.w}" height="${g.base - b.top}" fill="${INK}" shape-rendering="crispEdges"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" shape-rendering="geometricPrecision">
<rect x="${half}" y="${half}" width="${size - g.rim}" height="${size - g.rim}" rx="${g.radius}" fill="${TILE}"${g.rim ? ` stroke="${RIM}" stroke-width="${g.rim}"` : ''}/>
<line x1="${g.cx + k}" y1="${g.cy + k}" x2="${g.hx}" y2="${g.hy}" stroke="${INK}" stroke-width="${g.handle}" stroke-linecap="round"/>
<circle cx="${g.cx}" cy="${g.cy}" r="${g.r}" fill="none" stroke="${INK}" stroke-width="${g.ring}"/>
${bars}
</svg>`;
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--preview');
  const preview = at >= 0 ? args[at + 1] : undefined;
  const outDir = resolve('public/icon');
  mkdirSync(outDir, { recursive: true });

  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`);
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      writeFileSync(`${outDir}/${size}.png`, png);
      console.log(`wrote public/icon/${size}.png (${png.length} bytes)`);
    }
    if (preview) {
      // Each size at 1:1 and magnified 4× (pixelated), on a light and a dark toolbar colour.
      const row = (bg: string) =>
        `<div style="background:${bg};padding:12px;display:flex;gap:16px;align-items:center">` +
        ICON_SIZES.map((s) => `<img src="icon/${s}.png" width="${s}" height="${s}">`).join('') +
        ICON_SIZES.map((s) => `<img src="icon/${s}.png" width="${s * Math.floor(128 / s)}" height="${s * Math.floor(128 / s)}" style="image-rendering:pixelated">`).join('') +
        '</div>';
      await page.setViewportSize({ width: 860, height: 340 });
      await page.goto(`file://${resolve('public')}/`);
      await page.setContent(`<html><body style="margin:0">${row('#ffffff')}${row('#f1f3f4')}${row('#202124')}${row('#000000')}</body></html>`);
      await page.waitForFunction(() => [...document.images].every((i) => i.complete));
      writeFileSync(preview, await page.screenshot({ fullPage: true }));
      console.log(`wrote ${preview}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
