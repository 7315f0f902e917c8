let painted: () => void = () => {};

/**
 * Resolves once the page has painted for the first time. Work a page needs soon but not to paint
 * (the database reads, the search worker) waits for it, so it never competes with the first frame.
 */
export const firstPaint = new Promise<void>((resolve) => (painted = resolve));

/**
 * The longest wait for a first frame. A hidden page draws none (a side panel the browser prepares
 * before showing it, a panel opened in a background tab): it would read nothing until shown.
 */
export const NO_FRAME_WAIT_MS = 100;

/** Called once the page rendered: resolves `firstPaint` after the frame that shows it, or at once in a hidden page. */
export function markPainted(): void {
  if (typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden') return painted();
  const fallback = setTimeout(painted, NO_FRAME_WAIT_MS);
  requestAnimationFrame(() => {
    clearTimeout(fallback);
    setTimeout(painted, 0);
  });
}
