import { sameAgent } from './agent-identity';

/** WhatsApp's customer-service window: free text within 24 h of the customer's last message. */
export const WINDOW_MS = 24 * 3_600_000;
/** The timeline shows 90 days; older history is not available (the spec). */
export const HISTORY_MS = 90 * 86_400_000;

export interface ActiveTicket {
  id: string;
  status: string;
  agentIdentity?: string | null;
}

/** What the contact view offers, per the spec's five cases. */
export type ConversationState =
  | { kind: 'window-open'; ticketId: string; expiresAt: number }
  | { kind: 'window-expired'; ticketId: string }
  | { kind: 'not-in-attendance' }
  | { kind: 'no-history' }
  | { kind: 'other-agent'; ticketId: string; agentIdentity: string };

const ATTENDED = new Set(['open', 'assigned']);

/**
 * The conversation state from the customer's active ticket (if any), the time of the customer's
 * last message (if any in the last 90 days), the agent's Desk identity and now. A contact with
 * messages in the last 90 days but none from the customer (only an active message, say) has history.
 */
export function conversationState(ticket: ActiveTicket | undefined, lastInboundAt: number | undefined, me: string, now: number, hasRecentMessages = false): ConversationState {
  const attended = ticket && ATTENDED.has(ticket.status.toLowerCase()) && ticket.agentIdentity;
  if (attended && !sameAgent(ticket.agentIdentity!, me)) return { kind: 'other-agent', ticketId: ticket.id, agentIdentity: ticket.agentIdentity! };
  const recent = lastInboundAt !== undefined && now - lastInboundAt <= HISTORY_MS ? lastInboundAt : undefined;
  if (attended) {
    if (recent !== undefined && now < recent + WINDOW_MS) return { kind: 'window-open', ticketId: ticket.id, expiresAt: recent + WINDOW_MS };
    return { kind: 'window-expired', ticketId: ticket.id };
  }
  return recent === undefined && !hasRecentMessages ? { kind: 'no-history' } : { kind: 'not-in-attendance' };
}
