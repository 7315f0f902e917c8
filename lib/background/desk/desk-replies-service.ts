import { z } from 'zod';
import type { Database } from '../../db/database';
import { countCategories, visibleCategories } from '../../db/reply-categories';
import { listReplyUsage, recordReplyUse } from '../../db/reply-usage';
import { firstInstallation, listInstallations } from '../../db/installations';
import type { BlipClients } from '../installations/clients';
import { ADDRESS, collectionSchema } from '../../blip/lime';
import { withQuery } from '../../blip/paging';
import { ticketSchema } from '../../blip/tickets';
import { getContact } from '../../blip/contacts';
import { agentIdentity, attendantEmail, listAttendants } from '../../blip/attendants';
import { readSetting } from '../../db/settings';
import { rankByUsage } from '../../domain/reply-ranking';
import { sameAgent } from '../../domain/agent-identity';
import type { DeskReply, VariableValues } from '../../rpc/contracts/desk';

const PULL_EVERY_MS = 5 * 60_000;

/**
 * What the desk's content script asks for: the replies, most used first, and the values of the
 * variables for the conversation open in the desk (found from its ticket number).
 */
export class DeskRepliesService {
  private agentNames = new Map<string, string>();
  private pulledAt = 0;

  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
    /** Reads the ready replies of every number into the local copy (the replies feature's pull). */
    private readonly pullReplies: () => Promise<unknown>,
  ) {}

  /**
   * The local copy, refreshed from the numbers every few minutes so a colleague's edit reaches the
   * desk without opening the panel. Only an empty copy waits for that read.
   */
  async replies(now = Date.now()): Promise<DeskReply[]> {
    if (now - this.pulledAt > PULL_EVERY_MS) {
      this.pulledAt = now;
      const pulled = this.pullReplies();
      if ((await countCategories(this.db)) === 0) await pulled;
    }
    const categories = await visibleCategories(this.db);
    const all = categories.flatMap((category) => category.replies.map((reply) => ({ ...reply, category: category.name })));
    const usage = new Map((await listReplyUsage(this.db)).map((record) => [record.replyId, record]));
    return rankByUsage(all, usage, now);
  }

  async recordUse(replyId: string, now = Date.now()): Promise<void> {
    await recordReplyUse(this.db, replyId, now);
  }

  /**
   * The agent's values, and the contact's when the desk shows a ticket number we can find among
   * the open tickets of the numbers (the agent's own ticket first). Unknown values stay out: the
   * palette asks for them.
   */
  async values(ticketNumber?: number): Promise<VariableValues> {
    const email = await readSetting(this.db, 'agentEmail');
    const values: VariableValues = {};
    if (email) Object.assign(values, { 'agent.email': email, 'agent.identity': agentIdentity(email) });
    const ticket = ticketNumber === undefined ? undefined : await this.findTicket(ticketNumber, email ? agentIdentity(email) : undefined);
    if (email) {
      const fullName = await this.agentName(ticket?.installationId, email);
      if (fullName) values['agent.fullName'] = fullName;
    }
    if (!ticket) return values;
    const transport = await this.clients.forInstallation(ticket.installationId);
    const contact = await getContact(transport, ticket.customerIdentity).catch(() => undefined);
    const fields = { name: contact?.name, phoneNumber: contact?.phoneNumber, cellPhoneNumber: contact?.cellPhoneNumber, email: contact?.email, city: contact?.city, source: contact?.source, identity: ticket.customerIdentity };
    for (const [field, value] of Object.entries(fields)) if (value) values[`contact.${field}`] = value;
    return values;
  }

  private async findTicket(sequentialId: number, me: string | undefined) {
    const installations = await listInstallations(this.db);
    const found = await Promise.all(
      installations.map(async (installation) => {
        const transport = await this.clients.forInstallation(installation.id);
        const filter = `sequentialId eq ${sequentialId} and (status eq 'Open' or status eq 'Waiting' or status eq 'Assigned')`;
        const page = await transport
          .command({ to: ADDRESS.desk, method: 'get', uri: withQuery('/tickets', { $filter: filter, $take: 5 }) }, collectionSchema(ticketSchema))
          .catch(() => ({ items: [] as z.infer<typeof ticketSchema>[] }));
        return page.items.map((ticket) => ({ ...ticket, installationId: installation.id }));
      }),
    );
    // Ticket numbers are per bot: use one only when it is unambiguous (the agent's own, or the only one).
    const tickets = found.flat();
    const mine = tickets.filter((ticket) => me && ticket.agentIdentity && sameAgent(ticket.agentIdentity, me));
    if (mine.length === 1) return mine[0];
    return tickets.length === 1 ? tickets[0] : undefined;
  }

  private async agentName(installationId: string | undefined, email: string): Promise<string | undefined> {
    const id = installationId ?? (await firstInstallation(this.db))?.id;
    if (!id) return undefined;
    if (!this.agentNames.has(id)) {
      const team = await listAttendants(await this.clients.forInstallation(id)).catch(() => []);
      const me = team.find((attendant) => attendantEmail(attendant).toLowerCase() === email.toLowerCase());
      if (me?.fullName) this.agentNames.set(id, me.fullName);
    }
    return this.agentNames.get(id);
  }
}
