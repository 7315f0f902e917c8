/** The custom element that hosts the reply palette's shadow root. */
export const PALETTE_TAG = 'asistencia-reply-palette';

/** True for the palette's own host and anything inside its shadow root: never a desk box. */
export function isInPalette(element: Element): boolean {
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : element;
  return host.localName === PALETTE_TAG;
}
