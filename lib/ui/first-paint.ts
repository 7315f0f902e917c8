let painted: () => void = () => {};

/**
 * Resolves once the page has painted for the first time. Work a page needs soon but not to paint
 * (the database reads, the search worker) waits for it, so it never competes with the first frame.
 */
export const firstPaint = new Promise<void>((resolve) => (painted = resolve));

/** Called once the page rendered: resolves `firstPaint` after the frame that shows it. */
export function markPainted(): void {
  if (typeof requestAnimationFrame === 'undefined') painted();
  else requestAnimationFrame(() => setTimeout(painted, 0));
}
