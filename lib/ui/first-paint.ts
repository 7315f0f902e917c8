let painted: () => void = () => {};

/**
 * Resolves once the page's first paint is on the screen. Work a page needs soon but not to paint
 * (the database reads, the search worker) waits for it, so it never competes with the first frame.
 */
export const firstPaint = new Promise<void>((resolve) => (painted = resolve));

/**
 * The longest wait for a first frame. A hidden page draws none (a side panel the browser prepares
 * before showing it, a panel opened in a background tab): it would read nothing until shown.
 */
export const NO_FRAME_WAIT_MS = 100;

/**
 * Called once the page rendered: resolves `firstPaint` once the browser shows that render, or at
 * once in a hidden page.
 */
export function markPainted(): void {
  if (typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden') return painted();
  const fallback = setTimeout(painted, NO_FRAME_WAIT_MS);
  const shown = () => {
    clearTimeout(fallback);
    painted();
  };
  if (!whenContentShown(shown)) requestAnimationFrame(() => setTimeout(shown, 0));
}

/**
 * Calls `shown` when the browser reports the page's first contentful paint: the frame is on the
 * screen then, not only drawn. Work started between drawing a frame and showing it competes with
 * compositing it (on two cores the panel's first paint came 4 to 5 ms later for it). False where
 * the browser reports no paints: the caller waits for the next frame instead.
 */
function whenContentShown(shown: () => void): boolean {
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return false;
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    shown();
  });
  observer.observe({ type: 'paint', buffered: true });
  return true;
}
