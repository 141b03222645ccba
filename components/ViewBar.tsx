import type { SidebarView } from '@/lib/settings/sidebar-view';

export interface ViewBarProps {
  view: SidebarView;
  onView: (view: SidebarView) => void;
  /** Docking: true pushes the page aside, false overlays it (remembered per site). */
  push: boolean;
  onDock: (push: boolean) => void;
}

/** Two pressed-button pairs above the list: cards or table, and overlay or push. */
export function ViewBar({ view, onView, push, onDock }: ViewBarProps) {
  const pair = (label: string, items: [string, boolean, () => void, string][]) => (
    <div class="cl-seg" role="group" aria-label={label}>
      {items.map(([text, on, act, title]) => (
        // The shadow root is open: only a real user's click changes a remembered setting, not a page script's.
        <button type="button" aria-pressed={on} title={title} onClick={(e) => e.isTrusted && act()}>
          {text}
        </button>
      ))}
    </div>
  );
  return (
    <div class="cl-viewbar">
      {pair('List', [
        ['Cards', view === 'cards', () => onView('cards'), 'A card per ticker'],
        ['Table', view === 'table', () => onView('table'), 'A row per ticker, sortable; a row opens its card'],
      ])}
      {pair('Docking', [
        ['Overlay', !push, () => onDock(false), 'The panel covers the right of the page'],
        ['Push', push, () => onDock(true), 'The page narrows so the panel covers none of it (this site)'],
      ])}
    </div>
  );
}
