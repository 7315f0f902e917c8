import { isInPalette } from './palette-host';

/** An element the agent can type into: a text input, a textarea or a contenteditable host. */
export type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

export function isEditable(element: Element | null): element is Editable {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement) return ['text', 'search', ''].includes(element.type) && !element.readOnly && !element.disabled;
  return element instanceof HTMLElement && element.isContentEditable;
}

/** The message box an element belongs to: the field itself, or the contenteditable's editing host. */
export function editingHost(element: Element | null): Editable | undefined {
  if (!isEditable(element) || isInPalette(element)) return undefined;
  let host: HTMLElement = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The element focused in the page, looking through open shadow roots (the desk uses web components). */
export function deepActiveElement(root: Document | ShadowRoot): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot ? (deepActiveElement(active.shadowRoot) ?? active) : active;
}

/** The box an event happened in (through open shadow roots), if any. */
export function boxOf(event: Event): Editable | undefined {
  const target = event.composedPath()[0];
  return target instanceof Element ? editingHost(target) : undefined;
}

let chosen: WeakRef<Editable> | undefined;

/**
 * Remembers the box the agent last clicked or typed in (trusted events only, so a page script that
 * moves the focus cannot pick where a reply goes). `onChoose` hears each click in a box, and typing
 * when the box changed or the agent came back to this document (each frame keeps its own), so the
 * background knows where the agent is.
 */
export function trackAgentBox(doc: Document, onChoose: () => void): void {
  let tabbedAt = 0;
  let announced = false;
  const choose = (box: Editable | undefined, always: boolean) => {
    if (!box || (!always && announced && box === chosen?.deref())) return;
    chosen = new WeakRef(box);
    announced = true;
    onChoose();
  };
  doc.defaultView!.addEventListener('focus', () => (announced = false));
  doc.addEventListener('pointerdown', (event) => event.isTrusted && choose(boxOf(event), true), true);
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      if (event.key === 'Tab') tabbedAt = event.timeStamp;
      else choose(boxOf(event), false);
    },
    true,
  );
  // Reaching a box with Tab chooses it too.
  doc.addEventListener('focusin', (event) => event.isTrusted && event.timeStamp - tabbedAt < 500 && choose(boxOf(event), true), true);
}

/** The box the agent chose last, while it is still in the page. */
export function agentBox(): Editable | undefined {
  const box = chosen?.deref();
  return box?.isConnected ? box : undefined;
}
