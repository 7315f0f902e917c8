import { describe, expect, it } from 'vitest';
import { createStore } from './store';
import { dispatchCommand } from './commands/router';
import { runDueSchedules, schedulesOf } from './scheduler/schedules';
import { deskDate, deskDayStart } from './desk/desk-day';

const NOW = Date.parse('2026-03-04T15:20:00Z');
const DAY = 86_400_000;
const DESK = { to: 'postmaster@desk.msging.net' };
const SCHEDULER = { to: 'postmaster@scheduler.msging.net' };

/** `[d.]hh:mm:ss[.fffffff]` in ms. */
function parseTimeSpanForTest(text: string): number {
  const [, days = '0', h, m, s] = /^(?:(\d+)\.)?(\d+):(\d+):([\d.]+)$/.exec(text)!;
  return ((Number(days) * 24 + Number(h)) * 60 + Number(m)) * 60_000 + Number(s) * 1000;
}

interface Reply {
  status: string;
  type?: string;
  reason?: { code: number; description: string };
  resource: Record<string, unknown> & { items: Array<Record<string, unknown>> };
}

function world() {
  let now = NOW;
  const store = createStore(NOW, 1, { clock: () => now });
  const run = (method: string, uri: string, extra: { to?: string; type?: string; resource?: unknown } = {}, botId = 'norte') =>
    dispatchCommand(store, store.bots.get(botId)!, { id: crypto.randomUUID(), method, uri, ...extra }) as Reply;
  return { store, run, advance: (ms: number) => (now += ms) };
}

describe('Desk analytics as Blip documents them', () => {
  it('counts today\'s tickets per hour of the Desk day, hours with tickets only', () => {
    const { store, run } = world();
    const reply = run('get', '/monitoring/tickets-per-hour?version=2', DESK);
    expect(reply.resource.itemType).toBe('application/vnd.iris.desk.tickets-by-hour-summary+json');
    const today = store.bots.get('norte')!.tickets.filter((ticket) => Date.parse(ticket.storageDate) >= deskDayStart(NOW));
    const total = reply.resource.items.reduce((sum, item) => sum + Number(item.ticketByHour), 0);
    expect(total).toBe(today.length);
    for (const item of reply.resource.items) expect(Date.parse(String(item.storageDate)) % 3_600_000).toBe(0);
  });

  it('reports tickets per Desk day, dated at the start of the day, with the days in between left out', () => {
    const { store, run } = world();
    const begin = deskDate(NOW - 29 * DAY);
    const reply = run('get', `/analytics/reports/tickets?beginDate=${begin}&endDate=${deskDate(NOW)}`, DESK);
    const tickets = store.bots.get('norte')!.tickets.filter((ticket) => Date.parse(ticket.storageDate) >= deskDayStart(NOW - 29 * DAY));
    const items = reply.resource.items;
    expect(items.reduce((sum, item) => sum + Number(item.waiting) + Number(item.open) + Number(item.closed), 0)).toBe(tickets.length);
    expect(items.every((item) => String(item.date).endsWith('T03:00:00.000Z'))).toBe(true);
    expect(items.map((item) => item.date)).toEqual([...items.map((item) => item.date)].sort());
    expect(items.length).toBeLessThan(30);
  });

  it('refuses a report without both dates (the docs mark them required)', () => {
    const { run } = world();
    expect(run('get', '/analytics/reports/timings?beginDate=2026-03-01', DESK)).toMatchObject({ status: 'failure', reason: { code: 64 } });
    expect(run('get', '/analytics/reports/attendants?beginDate=2026-03-05&endDate=2026-03-01', DESK)).toMatchObject({ status: 'failure', reason: { code: 64 } });
  });

  it('times a period over its tickets and lists every agent with theirs', () => {
    const { store, run } = world();
    const day = deskDate(NOW);
    const timings = run('get', `/analytics/reports/timings?beginDate=${day}&endDate=${day}`, DESK).resource;
    const today = store.bots.get('norte')!.tickets.filter((ticket) => Date.parse(ticket.storageDate) >= deskDayStart(NOW) && ticket.firstResponseDate);
    const firstResponse = today.reduce((sum, ticket) => sum + Date.parse(ticket.firstResponseDate!) - Date.parse(ticket.openDate!), 0) / today.length;
    expect(parseTimeSpanForTest(String(timings.avgFirstResponseTime))).toBeCloseTo(firstResponse, -3);
    const agents = run('get', `/analytics/reports/attendants?beginDate=${day}&endDate=${day}`, DESK).resource.items;
    expect(agents.map((agent) => agent.identity)).toHaveLength(3);
    expect(agents.reduce((sum, agent) => sum + Number(agent.closedTickets), 0)).toBe(store.bots.get('norte')!.tickets.filter((ticket) => ticket.closed && ticket.agentIdentity && Date.parse(ticket.storageDate) >= deskDayStart(NOW)).length);
  });

  it('takes a waiting ticket out of the queue when an agent opens it (docs: Assign a ticket to an agent)', () => {
    const { store, run } = world();
    const waiting = store.bots.get('norte')!.tickets.find((ticket) => ticket.status === 'Waiting')!;
    const before = Number(run('get', '/monitoring/tickets?version=2', DESK).resource.waiting);
    expect(run('set', '/tickets/change-status', { ...DESK, resource: { id: waiting.id, status: 'Open', agentIdentity: 'lucia.perez%40demo.blip.ai@blip.ai' } }).status).toBe('success');
    expect(Number(run('get', '/monitoring/tickets?version=2', DESK).resource.waiting)).toBe(before - 1);
  });
});

describe('the scheduler extension as Blip documents it', () => {
  const message = (id: string) => ({ id, to: '5215512345678@wa.gw.msging.net', type: 'text/plain', content: 'Buen día, le escribimos de Tienda Norte.' });

  it('keeps a message until its time, then sends it on the bot\'s behalf and reports it executed', () => {
    const { store, run, advance } = world();
    const when = new Date(NOW + 2 * 3_600_000).toISOString();
    expect(run('set', '/schedules', { ...SCHEDULER, type: 'application/vnd.iris.schedule+json', resource: { message: message('m1'), when, name: 'Retorno' } }).status).toBe('success');
    expect(run('get', '/schedules/m1', SCHEDULER).resource).toMatchObject({ status: 'scheduled', when, message: { id: 'm1', metadata: { '#scheduler.when': expect.stringMatching(/^03\/04\/2026 17:20:00$/) } } });
    advance(3_600_000);
    runDueSchedules(store);
    expect(store.bots.get('norte')!.messages.map((sent) => sent.id)).not.toContain('m1');
    advance(3_600_000);
    runDueSchedules(store);
    expect(store.bots.get('norte')!.messages.map((sent) => sent.id)).toContain('m1');
    expect(run('get', '/schedules/m1', SCHEDULER).resource.status).toBe('executed');
  });

  it('cancels a waiting message, which then never leaves; one already sent stays executed', () => {
    const { store, run, advance } = world();
    run('set', '/schedules', { ...SCHEDULER, resource: { message: message('m2'), when: new Date(NOW + 60_000).toISOString() } });
    run('set', '/schedules', { ...SCHEDULER, resource: { message: message('m3'), when: new Date(NOW + 120_000).toISOString() } });
    expect(run('delete', '/schedules/m2', SCHEDULER).status).toBe('success');
    advance(10 * 60_000);
    expect(run('delete', '/schedules/m3', SCHEDULER).status).toBe('success');
    expect(schedulesOf(store.bots.get('norte')!).get('m2')!.status).toBe('canceled');
    expect(schedulesOf(store.bots.get('norte')!).get('m3')!.status).toBe('executed');
    expect(store.bots.get('norte')!.messages.map((sent) => sent.id)).toEqual(['m3']);
    const list = run('get', '/schedules', SCHEDULER).resource.items;
    expect(list.map((item) => [item.status, (item.message as { content: unknown }).content])).toEqual([['canceled', null], ['executed', null]]);
  });

  it('refuses a schedule without a complete message or a time', () => {
    const { run } = world();
    expect(run('set', '/schedules', { ...SCHEDULER, resource: { message: { to: 'x@wa.gw.msging.net' }, when: new Date(NOW).toISOString() } }).status).toBe('failure');
    expect(run('set', '/schedules', { ...SCHEDULER, resource: { message: message('m4') } }).status).toBe('failure');
  });
});
