import { SIDEBAR_WIDTH, clampWidth } from '@/lib/settings/site-settings';

export interface ResizeHandleProps {
  width: number;
  onResize: (width: number, done: boolean) => void;
}

const STEP = 20;

/**
 * The panel's left edge: drag it (pointer capture, so the page never sees the moves) or focus
 * it and use ←/→ (Home/End for the limits). A separator in ARIA terms, with its value.
 */
export function ResizeHandle({ width, onResize }: ResizeHandleProps) {
  return (
    <div
      class="cl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize CapLens"
      aria-valuemin={SIDEBAR_WIDTH.min}
      aria-valuemax={SIDEBAR_WIDTH.max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={(e) => {
        if (!e.isTrusted) return;
        const el = e.currentTarget as HTMLElement;
        el.setPointerCapture(e.pointerId);
        const startX = e.clientX;
        const startW = width;
        let last = startW;
        const move = (ev: PointerEvent) => onResize((last = clampWidth(startW + (startX - ev.clientX))), false);
        const up = () => {
          el.removeEventListener('pointermove', move);
          el.removeEventListener('pointerup', up);
          el.removeEventListener('pointercancel', up);
          onResize(last, true);
        };
        el.addEventListener('pointermove', move);
        el.addEventListener('pointerup', up);
        el.addEventListener('pointercancel', up);
        e.preventDefault();
      }}
      onKeyDown={(e) => {
        const next =
          e.key === 'ArrowLeft' ? width + STEP : e.key === 'ArrowRight' ? width - STEP : e.key === 'Home' ? SIDEBAR_WIDTH.max : e.key === 'End' ? SIDEBAR_WIDTH.min : null;
        if (next === null) return;
        e.preventDefault();
        onResize(clampWidth(next), true);
      }}
    />
  );
}
