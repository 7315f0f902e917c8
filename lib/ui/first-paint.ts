let painted: () => void = () => {};

/**
 * Resolves once the page's first frame is on screen. Work a page needs soon but not to paint (the
 * database reads, the search worker) waits for it, so it never competes with drawing that frame.
 */
export const firstPaint = new Promise<void>((resolve) => (painted = resolve));

/** The longest wait for the browser to say the first frame is on screen (a hidden page draws none). */
const ON_SCREEN_WAIT_MS = 250;

/**
 * Called once the page rendered: resolves `firstPaint` when the browser reports the first
 * contentful paint (the frame was presented), or one frame later where it does not say, and at the
 * latest after ON_SCREEN_WAIT_MS. Resolving as soon as the frame was produced let the page's next
 * work run while the frame was still being drawn, and delayed it.
 */
export function markPainted(): void {
  if (typeof requestAnimationFrame === 'undefined') return painted();
  let observer: PerformanceObserver | undefined;
  const done = () => {
    observer?.disconnect();
    clearTimeout(timer);
    painted();
  };
  const timer = setTimeout(done, ON_SCREEN_WAIT_MS);
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  // The frame after the first one has begun: the first is on screen.
  requestAnimationFrame(() => requestAnimationFrame(done));
}
