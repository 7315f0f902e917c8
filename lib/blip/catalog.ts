/**
 * Every Blip call the extension makes (and the documented ones it deliberately avoids, such as a
 * ticket's messages, whose scope is the customer's whole thread), with where it is documented. The docs extractor keeps the
 * official examples of these calls only, the conformance test checks the sandbox and our schemas
 * against them, and docs/blip-compatibility.md explains each one (a test keeps the two in step).
 */
export type Documentation =
  /** An example request in Blip's official API docs (takenet/blip-docs). */
  | 'docs'
  /** Described in Blip's help center, not in the API docs. */
  | 'help-center'
  /** Seen in third-party code or Blip's own web apps only: probed, with a fallback. */
  | 'unofficial';

export interface BlipCall {
  key: string;
  /** The LIME address, or `messages` for `POST /messages`. */
  to: string;
  method: 'get' | 'set' | 'merge' | 'delete' | 'send';
  /** The URI path (without `lime://host` and query) it answers. */
  path: RegExp;
  documentation: Documentation;
}

const POSTMASTER = 'postmaster@msging.net';
const CRM = 'postmaster@crm.msging.net';
const DESK = 'postmaster@desk.msging.net';
const GATEWAY = 'postmaster@wa.gw.msging.net';
const TUNNEL = 'postmaster@tunnel.msging.net';
const SCHEDULER = 'postmaster@scheduler.msging.net';

export const BLIP_CALLS: BlipCall[] = [
  { key: 'account.get', to: POSTMASTER, method: 'get', path: /^\/account$/, documentation: 'unofficial' },
  { key: 'ping', to: POSTMASTER, method: 'get', path: /^\/ping$/, documentation: 'docs' },
  { key: 'contacts.list', to: CRM, method: 'get', path: /^\/contacts$/, documentation: 'docs' },
  { key: 'contacts.get', to: CRM, method: 'get', path: /^\/contacts\/[^/]+$/, documentation: 'docs' },
  { key: 'contacts.merge', to: CRM, method: 'merge', path: /^\/contacts$/, documentation: 'docs' },
  { key: 'contacts.orderby', to: CRM, method: 'get', path: /^\/contacts\?.*\$orderby/, documentation: 'unofficial' },
  { key: 'threads.messages', to: POSTMASTER, method: 'get', path: /^\/threads\/[^/]+$/, documentation: 'docs' },
  { key: 'notifications.of-message', to: POSTMASTER, method: 'get', path: /^\/notifications$/, documentation: 'docs' },
  { key: 'contexts.list', to: POSTMASTER, method: 'get', path: /^\/contexts\/[^/]+$/, documentation: 'docs' },
  { key: 'contexts.state.set', to: POSTMASTER, method: 'set', path: /^\/contexts\/[^/]+\/stateid(@|%40)[^/]+$/, documentation: 'docs' },
  { key: 'contexts.variable.get', to: POSTMASTER, method: 'get', path: /^\/contexts\/[^/]+\/[^/]+$/, documentation: 'docs' },
  { key: 'contexts.variable.delete', to: POSTMASTER, method: 'delete', path: /^\/contexts\/[^/]+\/[^/]+$/, documentation: 'docs' },
  { key: 'contexts.master-state.set', to: POSTMASTER, method: 'set', path: /^\/contexts\/[^/]+\/Master-State$/, documentation: 'help-center' },
  { key: 'buckets.builder-flow', to: POSTMASTER, method: 'get', path: /^\/buckets\/blip_portal(:|%3A)builder_(published|working)_flow$/, documentation: 'unofficial' },
  { key: 'resources.get', to: POSTMASTER, method: 'get', path: /^\/resources\/[^/]+$/, documentation: 'docs' },
  { key: 'resources.set', to: POSTMASTER, method: 'set', path: /^\/resources\/[^/]+$/, documentation: 'docs' },
  { key: 'tunnels.get', to: TUNNEL, method: 'get', path: /^\/tunnels\/[^/]+$/, documentation: 'docs' },
  { key: 'attendants.list', to: DESK, method: 'get', path: /^\/attendants$/, documentation: 'docs' },
  { key: 'tickets.list', to: DESK, method: 'get', path: /^\/tickets$/, documentation: 'docs' },
  { key: 'tickets.get', to: DESK, method: 'get', path: /^\/ticket\/[^/]+$/, documentation: 'docs' },
  { key: 'tickets.open-for-customer', to: DESK, method: 'set', path: /^\/tickets\/(?!change-status)[^/]+$/, documentation: 'docs' },
  { key: 'tickets.change-tags', to: DESK, method: 'set', path: /^\/tickets\/[^/]+\/change-tags$/, documentation: 'docs' },
  { key: 'tickets.messages', to: DESK, method: 'get', path: /^\/tickets\/[^/]+\/messages$/, documentation: 'docs' },
  { key: 'tickets.history', to: DESK, method: 'get', path: /^\/tickets\/history\/metadata$/, documentation: 'unofficial' },
  { key: 'monitoring.tickets', to: DESK, method: 'get', path: /^\/monitoring\/tickets$/, documentation: 'docs' },
  { key: 'monitoring.ticket-metrics', to: DESK, method: 'get', path: /^\/monitoring\/ticket-metrics$/, documentation: 'docs' },
  { key: 'monitoring.waiting-tickets', to: DESK, method: 'get', path: /^\/monitoring\/waiting-tickets$/, documentation: 'docs' },
  { key: 'monitoring.open-tickets', to: DESK, method: 'get', path: /^\/monitoring\/open-tickets$/, documentation: 'docs' },
  { key: 'monitoring.attendants', to: DESK, method: 'get', path: /^\/monitoring\/attendants$/, documentation: 'docs' },
  { key: 'monitoring.tickets-per-hour', to: DESK, method: 'get', path: /^\/monitoring\/tickets-per-hour$/, documentation: 'docs' },
  { key: 'reports.tickets', to: DESK, method: 'get', path: /^\/analytics\/reports\/tickets$/, documentation: 'docs' },
  { key: 'reports.timings', to: DESK, method: 'get', path: /^\/analytics\/reports\/timings$/, documentation: 'docs' },
  { key: 'reports.attendants', to: DESK, method: 'get', path: /^\/analytics\/reports\/attendants$/, documentation: 'docs' },
  { key: 'tags.active', to: DESK, method: 'get', path: /^\/tags\/active$/, documentation: 'docs' },
  { key: 'replies.list', to: DESK, method: 'get', path: /^\/replies$/, documentation: 'docs' },
  { key: 'replies.get', to: DESK, method: 'get', path: /^\/replies\/[^/]+$/, documentation: 'docs' },
  { key: 'replies.set', to: DESK, method: 'set', path: /^\/replies\/[^/]+$/, documentation: 'docs' },
  { key: 'replies.delete', to: DESK, method: 'delete', path: /^\/replies\/[^/]+$/, documentation: 'docs' },
  { key: 'attendance-hours.list', to: DESK, method: 'get', path: /^\/attendance-hour$/, documentation: 'unofficial' },
  { key: 'attendance-hours.get', to: DESK, method: 'get', path: /^\/attendance-hour-container\/[^/]+$/, documentation: 'unofficial' },
  { key: 'whatsapp.account', to: GATEWAY, method: 'get', path: /^\/accounts\/[^/]+$/, documentation: 'docs' },
  { key: 'whatsapp.templates', to: GATEWAY, method: 'get', path: /^\/message-templates$/, documentation: 'docs' },
  { key: 'whatsapp.business-account', to: GATEWAY, method: 'get', path: /^\/whatsapp-business-account$/, documentation: 'unofficial' },
  { key: 'scheduler.set', to: SCHEDULER, method: 'set', path: /^\/schedules\/?$/, documentation: 'docs' },
  { key: 'scheduler.get', to: SCHEDULER, method: 'get', path: /^\/schedules\/[^/]+$/, documentation: 'docs' },
  { key: 'scheduler.list', to: SCHEDULER, method: 'get', path: /^\/schedules\/?$/, documentation: 'docs' },
  { key: 'scheduler.cancel', to: SCHEDULER, method: 'delete', path: /^\/schedules\/[^/]+$/, documentation: 'docs' },
  { key: 'messages.send', to: 'messages', method: 'send', path: /^$/, documentation: 'docs' },
];

/** The catalogued call a command is, if any (`to` defaults to the postmaster, as in LIME). */
export function callOf(command: { to?: string; method: string; uri: string }): BlipCall | undefined {
  const to = (command.to ?? POSTMASTER).replace(/\/.*$/, '');
  const uri = command.uri.replace(/^lime:\/\/[^/]+/, '');
  const path = uri.split('?')[0]!;
  // An option in the query makes another call (e.g. contacts ordered by date): the most specific wins.
  const candidates = BLIP_CALLS.filter((call) => call.to === to && call.method === command.method && (call.path.test(path) || call.path.test(uri)));
  return candidates.find((call) => call.path.test(uri) && !call.path.test(path)) ?? candidates[0];
}
