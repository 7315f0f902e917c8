/**
 * Puts the keyboard focus on the heading of the view now shown (each view marks its heading
 * `data-view-heading` and `tabIndex={-1}`), so a keyboard or screen-reader user continues there
 * instead of on the page body. Returns whether a heading took it.
 */
export function focusViewHeading(): boolean {
  const headings = document.querySelectorAll<HTMLElement>('[data-view-heading]');
  const heading = headings[headings.length - 1];
  heading?.focus({ preventScroll: false });
  return heading !== undefined && document.activeElement === heading;
}

/** Focuses `element` when it is still in the page, else the view's heading. */
export function restoreFocus(element: Element | null | undefined): void {
  if (element instanceof HTMLElement && element.isConnected) element.focus();
  else focusViewHeading();
}
