import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// No fake-indexeddb here: the ~21 files that use IndexedDB import 'fake-indexeddb/auto' themselves
// (loading it in every file cost ~8 s of worker time across the suite).

afterEach(() => {
  fakeBrowser.reset();
});
