import { isInPalette } from './palette-host';

/** An element the agent can type into: a text input, a textarea or a contenteditable host. */
export type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

let lastFocused: WeakRef<Editable> | undefined;

export function isEditable(element: Element | null): element is Editable {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement) return ['text', 'search', ''].includes(element.type) && !element.readOnly && !element.disabled;
  return element instanceof HTMLElement && element.isContentEditable;
}

/** The editable focused in the page, looking through open shadow roots (the desk uses web components). */
export function deepActiveElement(root: Document | ShadowRoot): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot ? deepActiveElement(active.shadowRoot) ?? active : active;
}

/**
 * Remembers the last editable the agent focused, so an insertion from the side panel knows where
 * to go; `onFocus` hears each time a box gets the focus.
 */
export function trackEditableFocus(doc: Document, onFocus?: () => void): void {
  doc.addEventListener(
    'focusin',
    () => {
      const active = deepActiveElement(doc);
      if (!isEditable(active) || isInPalette(active)) return;
      lastFocused = new WeakRef(active);
      onFocus?.();
    },
    true,
  );
}

export function lastFocusedEditable(): Editable | undefined {
  const element = lastFocused?.deref();
  return element?.isConnected ? element : undefined;
}
