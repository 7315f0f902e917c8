/**
 * What the agent sees of a sent message: on its way (Blip accepted it), sent (WhatsApp took it),
 * delivered (on the customer's phone), read, or failed with WhatsApp's reason.
 */
export type DeliveryState = 'pending' | 'sent' | 'delivered' | 'read' | 'failed';

export interface Delivery {
  state: DeliveryState;
  /** WhatsApp's (or Blip's) explanation of a failure, as Blip reports it. */
  reason?: string;
  reasonCode?: number;
}

const RANK: Record<string, { state: DeliveryState; rank: number }> = {
  accepted: { state: 'pending', rank: 1 },
  validated: { state: 'pending', rank: 1 },
  authorized: { state: 'pending', rank: 1 },
  dispatched: { state: 'sent', rank: 2 },
  received: { state: 'delivered', rank: 3 },
  consumed: { state: 'read', rank: 4 },
};

/**
 * The delivery of a message from its notification events (any order) or its thread `status`: the
 * furthest event reached, and `failed` whenever WhatsApp refused it. No event yet means pending.
 */
export function deliveryFromEvents(events: Array<{ event?: string | null; reason?: { code?: number; description?: string } | null }>): Delivery {
  const failure = events.find((item) => item.event?.toLowerCase() === 'failed');
  if (failure) return { state: 'failed', reason: failure.reason?.description, reasonCode: failure.reason?.code };
  const best = events.map((item) => RANK[item.event?.toLowerCase() ?? '']).filter((rank) => rank !== undefined).sort((a, b) => b.rank - a.rank)[0];
  return { state: best?.state ?? 'pending' };
}

/** A delivery that can still change (worth reading again). */
export const isSettled = (delivery: Delivery) => delivery.state === 'read' || delivery.state === 'failed';

/** WhatsApp's error for a free text sent after the customer's 24-hour window closed (Meta code 131047). */
export const isWindowClosedFailure = (delivery: Delivery) => delivery.state === 'failed' && /131047|24 ?h|re-?engagement/i.test(delivery.reason ?? '');
