import '@/components/styles/card.css';
import '@/components/styles/pages.css';
import './style.css';
import { render } from 'preact';
import { LookupPanel } from '@/components/LookupPanel';
import { request } from '@/lib/messaging/client';
import { clearRecentLookups, getRecentLookups, rememberLookup } from '@/lib/settings/recent-lookups';

const send = (m: unknown) => browser.runtime.sendMessage(m);
document.documentElement.classList.add('cl-theme');

render(
  <LookupPanel
    call={(m) => request(send, m)}
    onOpenOptions={() => void browser.runtime.openOptionsPage()}
    recent={{ load: getRecentLookups, remember: rememberLookup, clear: clearRecentLookups }}
    // Set when opened from the "Look up in CapLens" context menu.
    initialQuery={new URLSearchParams(location.search).get('q')?.slice(0, 64) ?? undefined}
  />,
  document.getElementById('app')!,
);
