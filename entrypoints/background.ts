import { createBackgroundService } from '@/lib/background/service';

export default defineBackground(() => {
  const service = createBackgroundService({
    fetchSnapshot: async () => (await fetch(browser.runtime.getURL('/data/snapshot.json'))).json(),
    openOptions: () => browser.runtime.openOptionsPage(),
  });

  browser.runtime.onInstalled.addListener(() => {
    void service.ready().catch((e) => console.error('[CapLens]', e));
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own pages and content scripts; other extensions use onMessageExternal, which we never open.
    if (sender.id !== browser.runtime.id) return;
    void service.handle(message).then(sendResponse);
    return true;
  });
});
