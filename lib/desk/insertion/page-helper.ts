import { deepActiveElement } from '../agent-box';
import { BRIDGE, type InsertRequest } from './bridge-protocol';
import { selectionIn } from './selection';
import { dispatchTextEvent, type EventTechnique } from './synthetic-input';

const TECHNIQUES: EventTechnique[] = ['beforeinput', 'paste', 'paste-lines'];

/**
 * The page-world helper (Firefox): takes the first channel node offered, then dispatches each
 * insertion it is asked for at the focused box's selection, from the page's world, where Firefox
 * lets the page's editors read the event's data. It sends nothing back: the content script judges
 * the result by what the editor shows.
 */
export function acceptPageBridge(doc: Document): void {
  const take = (event: Event) => {
    const port = (event as MouseEvent).relatedTarget;
    if (!(port instanceof Node) || port.isConnected) return;
    doc.removeEventListener(BRIDGE.offer, take, true);
    port.addEventListener(BRIDGE.insert, (request) => insert(doc, (request as CustomEvent<unknown>).detail));
    port.dispatchEvent(new Event(BRIDGE.accepted));
  };
  doc.addEventListener(BRIDGE.offer, take, true);
  doc.dispatchEvent(new Event(BRIDGE.ready));
}

function insert(doc: Document, detail: unknown): void {
  const request = typeof detail === 'string' ? (JSON.parse(detail) as Partial<InsertRequest>) : undefined;
  if (typeof request?.text !== 'string' || !TECHNIQUES.includes(request.technique as EventTechnique)) return;
  const box = deepActiveElement(doc);
  const range = box instanceof HTMLElement ? selectionIn(box) : undefined;
  if (range) dispatchTextEvent(box as HTMLElement, request.technique!, request.text, range);
}
