import { deskIdentityOf } from '../../blip/active-message';
import { z } from 'zod';
import type { Database } from '../../db/database';
import { enqueue } from '../../db/outbox';
import { getCachedTimeline, putCachedTimeline } from '../../db/timeline-cache';
import type { BlipClients } from '../installations/clients';
import { ADDRESS } from '../../blip/lime';
import { threadHasMessage, threadPageRead } from '../../blip/threads';
import { pageLength } from '../../blip/items';
import { READ_BACK_SKEW_MS } from '../../domain/outbox-order';
import { openTicketsOf, ticketSchema, type Ticket } from '../../blip/tickets';
import type { ConversationSnapshot, TimelinePage } from '../../rpc/contracts/conversation';
import { agentIdentity, attendantEmail, listAttendants } from '../../blip/attendants';
import { readSetting } from '../../db/settings';
import { AppError } from '../../errors/app-error';
import type { OutboxHandler } from '../outbox/outbox-runner';
import { HISTORY_MS } from '../../domain/conversation-state';
import { sameAgent } from '../../domain/agent-identity';
import { TEXT_MESSAGE, type TextMessagePayload } from '../../domain/outbox-item';

export const TIMELINE_PAGE = 50;
const SYSTEM_TYPES = new Set(['application/vnd.iris.ticket+json', 'application/vnd.lime.redirect+json', 'application/vnd.lime.chatstate+json']);
export const TRANSFER_TAG = 'Transferencia solicitada';

/** The contact view's data: the active ticket, the 90-day timeline in pages, and sending. */
export class ConversationService {
  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
  ) {}

  async load(installationId: string, identity: string, now = Date.now()): Promise<ConversationSnapshot> {
    const transport = await this.clients.forInstallation(installationId);
    const email = await readSetting(this.db, 'agentEmail');
    if (!email) throw new AppError('not-configured', 'No agent e-mail', { fields: ['agentEmail'] });
    const me = agentIdentity(email);
    // Behind a router the Desk's tickets name the customer by a tunnel identity.
    const deskCustomer = await deskIdentityOf({ desk: transport, deskService: await this.clients.deskServiceIdentity(installationId), tunnels: this.clients.tunnels(installationId) }, identity);
    const [tickets, page] = await Promise.all([deskCustomer ? openTicketsOf(transport, deskCustomer) : [], this.page(installationId, identity, undefined, now)]);
    const ticket = activeTicket(tickets, me);
    let agentName: string | undefined;
    if (ticket?.agentIdentity) {
      const team = await listAttendants(transport).catch(() => []);
      agentName = team.find((attendant) => sameAgent(agentIdentity(attendantEmail(attendant)), ticket.agentIdentity!))?.fullName ?? undefined;
    }
    return {
      ticket: ticket && { id: ticket.id, status: ticket.status, agentIdentity: ticket.agentIdentity, agentName },
      lastInboundAt: await this.lastInbound(installationId, identity, page, now),
      me,
      ...page,
    };
  }

  /**
   * One timeline page before `before` (the newest page without it), oldest first, without system
   * items, never older than 90 days. Its cursor comes from every item read, so a page of system
   * items only still moves back. The newest page is kept, to show at once next time.
   */
  async page(installationId: string, identity: string, before: number | undefined, now = Date.now()): Promise<TimelinePage> {
    // The whole conversation is the thread of the bot that owns the number (a router's, if any).
    const transport = await this.clients.forInstallation(installationId, { router: true });
    const read = await threadPageRead(transport, identity, before === undefined ? undefined : new Date(before), TIMELINE_PAGE);
    const items = read.items;
    const oldestAllowed = now - HISTORY_MS;
    const messages = items.filter((item) => !SYSTEM_TYPES.has(item.type) && Date.parse(item.date) >= oldestAllowed).reverse();
    const oldest = items.at(-1);
    const full = pageLength(read) === TIMELINE_PAGE;
    const page = { messages, cursor: oldest?.date, hasMore: full && Boolean(oldest) && Date.parse(oldest!.date) > oldestAllowed, unreadable: read.skipped || undefined };
    // Keeping it never holds the answer up, nor fails it.
    if (before === undefined) void putCachedTimeline(this.db, { installationId, identity, messages, hasMore: page.hasMore, cursor: page.cursor, savedAt: now }).catch(() => undefined);
    return page;
  }

  /** The contact's newest page as last read (null when it never was, or is older than the 90 days shown). */
  async cached(installationId: string, identity: string, now = Date.now()): Promise<(TimelinePage & { savedAt: number }) | null> {
    const kept = await getCachedTimeline(this.db, installationId, identity);
    if (!kept || now - kept.savedAt > HISTORY_MS) return null;
    return { messages: kept.messages, hasMore: kept.hasMore, cursor: kept.cursor, savedAt: kept.savedAt };
  }

  /** The customer's last message, looking back a few pages when the newest holds only replies. */
  private async lastInbound(installationId: string, identity: string, newest: TimelinePage, now: number): Promise<string | undefined> {
    let page = newest;
    for (let pages = 0; pages < 4; pages++) {
      const received = page.messages.filter((message) => message.direction === 'received').at(-1);
      if (received) return received.date;
      if (!page.hasMore || !page.cursor) return undefined;
      page = await this.page(installationId, identity, Date.parse(page.cursor), now);
    }
    return undefined;
  }

  /**
   * Free text inside the 24 h window, through the outbox: it is sent even if the panel closes or the
   * network drops first. The request id is the message id, so a repeat is the same message.
   */
  async sendText(installationId: string, identity: string, text: string, requestId: string, now = Date.now()): Promise<void> {
    const payload: TextMessagePayload = { identity, text };
    await enqueue(this.db, { installationId, kind: TEXT_MESSAGE, payload }, now, requestId);
  }

  /**
   * Sends the text. After an attempt that may have landed, the contact's thread is read first: when
   * it lists a message with this id, the text is not sent again.
   */
  readonly deliverText: OutboxHandler = async (item, { commandId, payload, inDoubt, beforeResend }) => {
    const { identity, text } = payload as TextMessagePayload;
    // Sent by the bot that owns the number: a router's service has no WhatsApp channel of its own.
    const transport = await this.clients.forInstallation(item.installationId, { router: true });
    if (inDoubt) {
      if (await threadHasMessage(transport, identity, commandId, item.createdAt - READ_BACK_SKEW_MS)) return;
      beforeResend();
    }
    // Marked as the agent's (not the bot's), as Desk marks what its agents type.
    await transport.message({ id: commandId, to: identity, type: 'text/plain', content: text, metadata: { '#messageEmitter': 'Human' } });
  };

  /**
   * Asks the agent who holds the ticket for it: tags the ticket "Transferencia solicitada" (Desk shows
   * ticket tags to its agent), keeping its other tags (blip-api.md §6.4 change-tags).
   */
  async requestTransfer(installationId: string, ticketId: string): Promise<void> {
    const transport = await this.clients.forInstallation(installationId);
    const ticket = await transport.command({ to: ADDRESS.desk, method: 'get', uri: `/ticket/${encodeURIComponent(ticketId)}` }, ticketSchema);
    const tags = [...new Set([...(ticket.tags ?? []), TRANSFER_TAG])];
    await transport.command({ to: ADDRESS.desk, method: 'set', uri: `/tickets/${encodeURIComponent(ticketId)}/change-tags`, type: 'application/vnd.iris.ticket+json', resource: { id: ticketId, tags } }, z.unknown());
  }
}

/** The ticket that decides the state: the agent's own, else one in attendance, else the newest. */
function activeTicket(tickets: Ticket[], me: string): Ticket | undefined {
  const newestFirst = [...tickets].sort((a, b) => b.storageDate.localeCompare(a.storageDate));
  return (
    newestFirst.find((ticket) => ticket.agentIdentity && sameAgent(ticket.agentIdentity, me)) ??
    newestFirst.find((ticket) => ['open', 'assigned'].includes(ticket.status.toLowerCase())) ??
    newestFirst[0]
  );
}
