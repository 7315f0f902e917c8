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
import { readSetting, writeSetting } from '../../db/settings';
import { rankByUsage } from '../../domain/reply-ranking';
import { sameAgent } from '../../domain/agent-identity';
import { servesDesk } from '../../domain/desk-url';
import { TokenBucket } from '../../domain/token-bucket';
import type { DeskReply, VariableValues } from '../../rpc/contracts/desk';

const PULL_EVERY_MS = 5 * 60_000;
const AGENT_NAME_TTL_MS = 24 * 3_600_000;

/** Lookups of tickets the palette has not asked about lately: a few in a row, then one every 10 s. */
const LOOKUP_BURST = 5;
const LOOKUP_REFILL_MS = 10_000;
/** How long a lookup's answer (found or not) stands for the same desk and ticket number. */
const LOOKUP_KEPT_MS = 60_000;

type FoundTicket = z.infer<typeof ticketSchema> & { installationId: string };

/**
 * What the desk's content script asks for: the replies, most used first, and the values of the
 * variables for the conversation open in the desk (found from its ticket number, on the numbers
 * that serve that desk).
 */
export class DeskRepliesService {
  private pulledAt = 0;
  /** The latest read of the numbers' replies (kept while recent, so callers wait for the one on its way). */
  private pull: Promise<void> | undefined;
  private readonly lookups = new TokenBucket(LOOKUP_BURST, LOOKUP_REFILL_MS);
  /** The latest lookup, by desk and ticket number: a palette opened again for the same conversation asks Blip nothing. */
  private lastLookup: { key: string; at: number; ticket: FoundTicket | undefined } | undefined;

  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
    /** Reads the ready replies of every number into the local copy (the replies feature's pull). */
    private readonly pullReplies: () => Promise<unknown>,
  ) {}

  /** The local copy; only an empty one waits for a read of the numbers (at most every few minutes). */
  async replies(now = Date.now()): Promise<DeskReply[]> {
    if ((await countCategories(this.db)) === 0) await this.refreshReplies(now);
    const categories = await visibleCategories(this.db);
    const all = categories.flatMap((category) => category.replies.map((reply) => ({ ...reply, category: category.name })));
    const usage = new Map((await listReplyUsage(this.db)).map((record) => [record.replyId, record]));
    return rankByUsage(all, usage, now);
  }

  /**
   * Reads the numbers' replies into the local copy if the last read is a few minutes old, so a
   * colleague's edit reaches the desk without opening the panel (the desk's warm-up calls it, never
   * the palette). Resolves when the read on its way (or just started) is done; a failed read, or
   * one asked for before any number was set, is tried again at the next call.
   */
  async refreshReplies(now = Date.now()): Promise<void> {
    if (!this.pull || now - this.pulledAt > PULL_EVERY_MS) {
      // No number yet (an administrator's policy is being applied): nothing to read, nothing to remember.
      if ((await listInstallations(this.db)).length === 0) return;
      if (this.pull && now - this.pulledAt <= PULL_EVERY_MS) return this.pull;
      this.pulledAt = now;
      const pull = this.pullReplies().then(() => undefined);
      this.pull = pull;
      pull.catch(() => this.pull === pull && (this.pull = undefined));
    }
    return this.pull;
  }

  async recordUse(replyId: string, now = Date.now()): Promise<void> {
    await recordReplyUse(this.db, replyId, now);
  }

  /**
   * The agent's values, and the contact's for the conversation the desk at `deskOrigin` shows as
   * ticket `ticketNumber`. The page says which number that is, and a page script can change it, so
   * the ticket is looked for only on the numbers that serve that desk (its Blip tenant), only among
   * the agent's own open conversations, and only a few new ones a minute. Unknown values stay out:
   * the palette asks for them.
   */
  async values(ticketNumber: number | undefined, deskOrigin: string | undefined, now = Date.now()): Promise<VariableValues> {
    const email = await readSetting(this.db, 'agentEmail');
    const values: VariableValues = {};
    if (email) Object.assign(values, { 'agent.email': email, 'agent.identity': agentIdentity(email) });
    const ticket = ticketNumber === undefined || deskOrigin === undefined ? undefined : await this.lookUp(ticketNumber, deskOrigin, email ? agentIdentity(email) : undefined, now);
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

  /** The ticket, from the last lookup when it is about the same one and recent, else from Blip when the rate limit allows. */
  private async lookUp(sequentialId: number, deskOrigin: string, me: string | undefined, now: number): Promise<FoundTicket | undefined> {
    const key = `${deskOrigin} ${sequentialId} ${me ?? ''}`;
    if (this.lastLookup?.key === key && now - this.lastLookup.at < LOOKUP_KEPT_MS) return this.lastLookup.ticket;
    if (!this.lookups.take(now)) return undefined;
    const ticket = await this.findTicket(sequentialId, deskOrigin, me);
    this.lastLookup = { key, at: now, ticket };
    return ticket;
  }

  /** The open ticket `sequentialId` on the numbers serving the desk: the agent's own (or, with no agent set, the only one). */
  private async findTicket(sequentialId: number, deskOrigin: string, me: string | undefined): Promise<FoundTicket | undefined> {
    const installations = (await listInstallations(this.db)).filter((installation) => servesDesk(installation.host, deskOrigin));
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
    const tickets = found.flat();
    const candidates = me ? tickets.filter((ticket) => ticket.agentIdentity && sameAgent(ticket.agentIdentity, me)) : tickets;
    // Ticket numbers are per bot: use one only when it is unambiguous.
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /** The agent's full name on a number, kept (a day) so the palette does not ask Blip for it. */
  private async agentName(installationId: string | undefined, email: string, now = Date.now()): Promise<string | undefined> {
    const id = installationId ?? (await firstInstallation(this.db))?.id;
    if (!id) return undefined;
    const known = (await readSetting(this.db, 'agentNames'))?.[id];
    if (known && known.email === email && now - known.at < AGENT_NAME_TTL_MS) return known.name;
    const team = await listAttendants(await this.clients.forInstallation(id)).catch(() => undefined);
    const me = team?.find((attendant) => attendantEmail(attendant).toLowerCase() === email.toLowerCase());
    if (team) await writeSetting(this.db, 'agentNames', { ...(await readSetting(this.db, 'agentNames')), [id]: { email, name: me?.fullName ?? undefined, at: now } });
    return me?.fullName ?? known?.name;
  }
}
