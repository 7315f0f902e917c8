/**
 * A Desk ticket as Blip returns it (blip-api.md §6.3). Dates are ISO strings; what Blip may omit is
 * optional.
 */
export interface Ticket {
  id: string;
  /** The number agents see in Desk (#5000). */
  sequentialId: number;
  customerIdentity: string;
  agentIdentity?: string | null;
  status: string;
  storageDate: string;
  openDate?: string | null;
  closeDate?: string | null;
  statusDate?: string | null;
  firstResponseDate?: string | null;
  team?: string | null;
  tags?: string[] | null;
  closed?: boolean | null;
}

/** One message of a conversation or ticket thread (blip-api.md §5, §6.5). */
export interface ThreadMessage {
  id: string;
  /** `received` from the customer, `sent` by the bot or an agent. */
  direction: 'sent' | 'received';
  /** The LIME content type (`text/plain`, `application/vnd.lime.media-link+json`…). */
  type: string;
  content: unknown;
  date: string;
  /** For a sent message, its last delivery event (`accepted`, `dispatched`, `received`, `consumed`, `failed`). */
  status?: string | null;
  /** Why it failed, as WhatsApp (through Blip) put it. */
  reason?: { code?: number; description?: string } | null;
  metadata?: Record<string, string> | null;
}

/** Ticket duration: from opening (or entering the queue) to closing, or to now while open. */
export function ticketDuration(ticket: Pick<Ticket, 'storageDate' | 'openDate' | 'closeDate'>, now = Date.now()): number {
  const start = Date.parse(ticket.openDate ?? ticket.storageDate);
  const end = ticket.closeDate ? Date.parse(ticket.closeDate) : now;
  return Math.max(0, end - start);
}
