/**
 * Extension pages in Firefox over WebDriver BiDi, for the Firefox end-to-end test only (the
 * launcher itself is in scripts/lib/launch-firefox.ts, shared with the screenshot script).
 */
import type { Page } from 'puppeteer-core';

/**
 * Opens an extension page (popup.html, options.html) in this tab. page.goto() times out there:
 * Firefox BiDi sends no load events for extension contexts, so navigate the browsing context directly.
 */
export async function openExtensionPage(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate: (url: string, wait: 'complete') => Promise<unknown> } };
  await frame.browsingContext.navigate(url, 'complete');
}

/** Reloads an extension page (see openExtensionPage). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  const frame = page.mainFrame() as unknown as { browsingContext: { reload: (o: { wait: 'complete' }) => Promise<unknown> } };
  await frame.browsingContext.reload({ wait: 'complete' });
}
