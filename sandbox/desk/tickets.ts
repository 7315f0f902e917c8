import type { BotState, SandboxTicket } from '../store';

const OPEN_STATUSES = new Set<SandboxTicket['status']>(['Waiting', 'Open', 'Assigned']);

/** The fields every Desk ticket carries in the docs' examples, beyond the ones a seeder decides. */
export function ticketDefaults(bot: BotState, id: string): Pick<SandboxTicket, 'externalId' | 'rating' | 'priority' | 'provider' | 'ownerIdentity'> & { sequentialSuffix?: string } {
  return { externalId: id, rating: 0, priority: 0, provider: 'Lime', ownerIdentity: bot.identity, ...(bot.number.ticketSuffix ? { sequentialSuffix: bot.number.ticketSuffix } : {}) };
}

/** The customer's ticket that is waiting or in attendance, if any. */
export function openTicketOf(bot: BotState, customerIdentity: string): SandboxTicket | undefined {
  return bot.tickets.find((ticket) => ticket.customerIdentity === customerIdentity && OPEN_STATUSES.has(ticket.status));
}

/**
 * Opens a ticket for the customer as Desk does when the bot hands them over (`set /tickets/{customer}`
 * or a message forwarded by the human-service block): the customer's open ticket if there is one,
 * else a new one waiting in the default team's queue, with what the customer wrote as its input and a
 * ticket item in the customer's thread.
 */
export function openTicket(bot: BotState, customerIdentity: string, input: { type: string; value: unknown } | undefined, now: number, channelIdentity = customerIdentity): SandboxTicket {
  const existing = openTicketOf(bot, customerIdentity);
  if (existing) return existing;
  const sequentialId = Math.max(999, ...bot.tickets.map((ticket) => ticket.sequentialId)) + 1;
  const id = `${bot.number.id}-t${sequentialId}`;
  const at = new Date(now).toISOString();
  const ticket: SandboxTicket = {
    id,
    sequentialId,
    ...ticketDefaults(bot, id),
    customerIdentity,
    customerDomain: channelIdentity.split('@')[1] ?? 'wa.gw.msging.net',
    status: 'Waiting',
    storageDate: at,
    statusDate: at,
    closed: false,
    team: 'Default',
    tags: [],
    unreadMessages: 0,
    provider: 'Lime',
    ...(input ? { customerInput: input } : {}),
  };
  bot.tickets.unshift(ticket);
  const thread = bot.threads.get(customerIdentity) ?? [];
  thread.push({ id: `${id}-opened`, direction: 'sent', type: 'application/vnd.iris.ticket+json', content: { ...ticket }, date: at, status: 'consumed', metadata: {} });
  bot.threads.set(customerIdentity, thread);
  return ticket;
}
