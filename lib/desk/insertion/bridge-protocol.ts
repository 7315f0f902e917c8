import type { EventTechnique } from './synthetic-input';

/**
 * Event names of the channel between the content script and its page-world helper (Firefox). The
 * channel itself is a node outside the document, handed over at document start before any page
 * script runs, so page scripts can neither hear nor speak on it.
 */
export const BRIDGE = {
  /** helper → document: ready to take the channel node. */
  ready: 'asistencia-bridge-ready',
  /** content script → document: the channel node, as the event's `relatedTarget`. */
  offer: 'asistencia-bridge-offer',
  /** helper → channel: the node was taken. */
  accepted: 'asistencia-bridge-accepted',
  /** content script → channel: insert `InsertRequest` (JSON in `detail`) at the focused box's selection. */
  insert: 'asistencia-bridge-insert',
} as const;

export interface InsertRequest {
  technique: EventTechnique;
  text: string;
}
