import { describe, expect, it } from 'vitest';
import { createStore } from '../../sandbox/store';
import { ticketMessages } from '../../sandbox/data/history-tickets';
import { sandboxTransport } from '../../tests/helpers/sandbox-transport';
import { ticketSchema } from './tickets';
import { ticketTranscript } from './transcript';

const NOW = Date.parse('2026-03-04T15:00:00Z');

describe('ticket transcript', () => {
  it("keeps exactly the ticket's messages, in time order, for a customer with several tickets", async () => {
    const store = createStore(NOW, 1, { clock: () => NOW });
    const bot = store.bots.get('norte')!;
    const counts = new Map<string, number>();
    for (const ticket of bot.tickets) counts.set(ticket.customerIdentity, (counts.get(ticket.customerIdentity) ?? 0) + 1);
    const tickets = bot.tickets.filter((ticket) => (counts.get(ticket.customerIdentity) ?? 0) >= 3 && ticket.closed);
    expect(tickets.length).toBeGreaterThanOrEqual(3);
    const transport = sandboxTransport(store, 'norte');
    for (const ticket of tickets.slice(0, 3)) {
      const messages = await ticketTranscript(transport, ticketSchema.parse(ticket), NOW);
      const own = ticketMessages.get(bot)!.get(ticket.id)!;
      expect(messages.filter((message) => message.type !== 'application/vnd.iris.ticket+json').map((message) => message.id)).toEqual(own.map((message) => message.id));
      const dates = messages.map((message) => Date.parse(message.date));
      expect(dates).toEqual([...dates].sort((a, b) => a - b));
    }
  });
});
