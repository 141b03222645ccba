/**
 * The built Firefox extension (.output/firefox-mv2) in Debian's firefox-esr, driven by
 * puppeteer-core over WebDriver BiDi (no geckodriver, no downloaded browser). The recipe and its
 * pitfalls are in ../shared/TOOLCHAIN.md, "Real Firefox end-to-end".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
/** Fixed so extension pages have a known address: moz-extension://<uuid>/popup.html. */
export const FIREFOX_EXTENSION_UUID = '5f0c7d2e-3b1a-4c55-9e1d-2a6b8c9d0e11';

/** Debian's firefox-esr, or one named in FIREFOX_PATH; null when neither exists. Never a downloaded browser. */
export function firefoxPath(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://<uuid> */
  base: string;
  close: () => Promise<void>;
}

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefoxWithExtension(opts: { extensionDir?: string; headless?: boolean } = {}): Promise<LaunchedFirefox> {
  const ext = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${ext}. Run \`npm run build:firefox\` first.`);
  }
  const executablePath = firefoxPath();
  if (!executablePath) {
    throw new Error('Firefox not found. Install it with:\n  sudo apt-get update && sudo apt-get install -y firefox-esr\nor set FIREFOX_PATH.');
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: opts.headless ?? true,
    // Lets BiDi navigate extension pages (moz-extension://), which it refuses otherwise.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 860 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId(ext)]: FIREFOX_EXTENSION_UUID }),
    },
  });
  try {
    await browser.installExtension(ext);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return { browser, base: `moz-extension://${FIREFOX_EXTENSION_UUID}`, close: () => browser.close() };
}

/**
 * Serves local HTML under real site URLs in this page (request interception), so the content
 * script's real match patterns run; any other request gets an empty 404, so no network is needed.
 * Keys are origin + pathname.
 */
export async function routePages(page: Page, pages: Record<string, string>): Promise<void> {
  const byKey = new Map(Object.entries(pages).map(([url, html]) => [new URL(url).origin + new URL(url).pathname, html]));
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = new URL(req.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return void req.continue();
    const body = byKey.get(url.origin + url.pathname);
    void (body !== undefined
      ? req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : req.respond({ status: 404, contentType: 'text/plain', body: '' }));
  });
}
