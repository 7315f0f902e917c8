/** A LIME reason (`{ code, description }`). */
export interface Reason {
  code: number;
  description: string;
}

/** How a sent message's delivery ends, decided when it is accepted (see whatsapp-rules.ts). */
export type Outcome = { kind: 'delivered' } | { kind: 'failed'; reason: Reason };

/** A message the bot sent through `POST /messages` (answered 202: what happened next comes as notifications). */
export interface SentMessage {
  id: string;
  to: string;
  type: string;
  content: unknown;
  metadata?: Record<string, string>;
  /** ISO date it was accepted. */
  at: string;
  outcome: Outcome;
}

/** A notification as `get /notifications` lists it (`application/vnd.lime.notification+json`). */
export interface SandboxNotification {
  id: string;
  from: string;
  to: string;
  event: 'accepted' | 'dispatched' | 'received' | 'consumed' | 'failed';
  reason?: Reason;
  metadata: Record<string, string>;
}

const DELIVERED = ['accepted', 'dispatched', 'received', 'consumed'] as const;

/**
 * The events a sent message has produced by `now`: accepted at once, then one step apart
 * dispatched → received → consumed, or failed (with WhatsApp's reason) one step after accepted.
 */
export function eventsBy(message: SentMessage, now: number, stepMs: number): Array<{ event: SandboxNotification['event']; at: number; reason?: Reason }> {
  const sent = Date.parse(message.at);
  const plan = message.outcome.kind === 'failed' ? [{ event: 'accepted' as const }, { event: 'failed' as const, reason: message.outcome.reason }] : DELIVERED.map((event) => ({ event }));
  return plan.map((step, index) => ({ ...step, at: sent + index * stepMs })).filter((step) => step.at <= now);
}

/** The message's notifications so far, oldest first, as Blip logs them for the bot. */
export function notificationsOf(message: SentMessage, botIdentity: string, now: number, stepMs: number): SandboxNotification[] {
  return eventsBy(message, now, stepMs).map(({ event, at, reason }) => ({
    id: message.id,
    from: event === 'accepted' || event === 'failed' ? 'postmaster@msging.net/#sandbox' : `${message.to}/device`,
    to: botIdentity,
    event,
    ...(reason ? { reason } : {}),
    metadata: { '#envelope.storageDate': new Date(at).toISOString(), '#message.to': message.to },
  }));
}

/** The thread `status` (last event) and `reason` of a sent message at `now`. */
export function statusOf(message: SentMessage, now: number, stepMs: number): { status: string; reason?: Reason } {
  const last = eventsBy(message, now, stepMs).at(-1);
  return last ? { status: last.event, ...(last.reason ? { reason: last.reason } : {}) } : { status: 'accepted' };
}
