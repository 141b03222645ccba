import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Debian's Chromium, or one named in CHROMIUM_PATH. Never a downloaded browser. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\nor set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

/** A fresh profile with the built extension loaded (the only way MV3 loads unpacked: both flags). */
export async function launchWithExtension(opts: { headless?: boolean; extensionDir?: string; userDataDir?: string } = {}): Promise<LaunchedExtension> {
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) {
    throw new Error(`No built extension at ${ext}. Run \`npm run build\` first.`);
  }
  const ownDir = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'caplens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const routed = new WeakMap<BrowserContext, Map<string, string>>();
const routedOrigins = new WeakMap<BrowserContext, Set<string>>();

/**
 * Serves a local HTML page under a real site URL so the content script's real match
 * patterns run; other requests to that origin get an empty 404, so no network is needed.
 * Several pages may be routed per origin.
 */
export async function routePage(context: BrowserContext, url: string, html: string): Promise<void> {
  const pages = routed.get(context) ?? new Map<string, string>();
  routed.set(context, pages);
  const key = (u: URL) => u.origin + u.pathname;
  pages.set(key(new URL(url)), html);
  const origin = new URL(url).origin;
  const origins = routedOrigins.get(context) ?? new Set<string>();
  routedOrigins.set(context, origins);
  if (origins.has(origin)) return;
  origins.add(origin);
  await context.route(`${origin}/**`, (route) => {
    const body = pages.get(key(new URL(route.request().url())));
    return body !== undefined
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
  });
}
