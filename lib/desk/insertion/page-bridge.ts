import { BRIDGE, type InsertRequest } from './bridge-protocol';

/** The content script's side of the channel to the page-world helper. */
export interface PageBridge {
  /** Whether the helper took the channel; without it the page-world techniques are unavailable. */
  readonly connected: boolean;
  insert(request: InsertRequest): void;
}

/**
 * Offers the channel node to the page-world helper, whichever of the two scripts starts first:
 * now, and again when the helper announces itself. Call at document start.
 */
export function offerPageBridge(doc: Document): PageBridge {
  const port = doc.createElement('span');
  let connected = false;
  const offer = () => doc.dispatchEvent(new MouseEvent(BRIDGE.offer, { relatedTarget: port }));
  port.addEventListener(BRIDGE.accepted, () => {
    connected = true;
    doc.removeEventListener(BRIDGE.ready, offer);
  });
  doc.addEventListener(BRIDGE.ready, offer);
  offer();
  return {
    get connected() {
      return connected;
    },
    insert: (request) => port.dispatchEvent(new CustomEvent(BRIDGE.insert, { detail: JSON.stringify(request) })),
  };
}
