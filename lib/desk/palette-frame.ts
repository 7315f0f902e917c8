import { PALETTE_STYLE } from './palette-style';
import type { PaletteText } from './palette-text';

/** Places the palette's host over the box it serves (under it when there is no room above), within the window. */
export function placeOver(host: HTMLElement, anchor: HTMLElement): void {
  const rect = anchor.getBoundingClientRect();
  const width = Math.min(480, Math.max(280, rect.width));
  const view = host.ownerDocument.defaultView!;
  const left = Math.max(8, Math.min(rect.left, view.innerWidth - width - 8));
  const style = host.style;
  style.left = `${left}px`;
  style.width = `${width}px`;
  // Above the box when there is room (the desk's composer sits at the bottom), else below it.
  if (rect.top > 200) {
    style.top = '';
    style.bottom = `${view.innerHeight - rect.top + 6}px`;
  } else {
    style.bottom = '';
    style.top = `${rect.bottom + 6}px`;
  }
}

/** Empties the palette's shadow root and returns its frame: a labelled dialog with a header, and the keys' hint when they apply. */
export function paletteFrame(root: ShadowRoot, text: PaletteText, withHint: boolean): HTMLElement {
  const doc = root.ownerDocument;
  root.replaceChildren();
  const style = doc.createElement('style');
  style.textContent = PALETTE_STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', text.label);
  const header = doc.createElement('header');
  const title = doc.createElement('strong');
  title.textContent = text.label;
  header.append(title);
  if (withHint) {
    const hint = doc.createElement('span');
    hint.textContent = text.hint;
    header.append(hint);
  }
  box.append(header);
  root.append(style, box);
  return box;
}
