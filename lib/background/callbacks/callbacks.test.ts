import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { saveInstallation } from '../../db/installations';
import { getReminder, getScheduledMessage } from '../../db/callbacks';
import { listAfterHoursSent } from '../../db/after-hours';
import { createStore, type SandboxStore } from '../../../sandbox/store';
import { sandboxTransport } from '../../../tests/helpers/sandbox-transport';
import { conversationCases } from '../../../sandbox/data/conversation-states';
import { FLOWS, deskBlock } from '../../../sandbox/builder/flows';
import { schedulesOf } from '../../../sandbox/scheduler/schedules';
import { advanceClock } from '../../../sandbox/control/clock';
import type { BlipClients } from '../installations/clients';
import { RemindersService } from './reminders-service';
import { ScheduledService } from './scheduled-service';

const NOW = Date.parse('2026-11-20T02:00:00Z');
const HOUR = 3_600_000;
const STATE = `stateid@${FLOWS.norte!.flowId}`;

describe('call-backs against the sandbox', () => {
  let db: Database;
  let store: SandboxStore;
  let clock: number;
  let reminders: RemindersService;
  let scheduled: ScheduledService;
  const customer = (state: 'no-history' | 'not-in-attendance' | 'window-expired') => conversationCases.get(store.bots.get('norte')!)!.find((item) => item.state === state)!.identity;
  const stateOf = (identity: string) => store.bots.get('norte')!.contexts.get(identity)?.get(STATE)?.value;

  beforeEach(async () => {
    clock = NOW;
    store = createStore(NOW, 1, { clock: () => clock, deliveryStepMs: 1000 });
    db = openDatabase(`callbacks-${Math.random()}`);
    await saveInstallation(db, { id: 'n1', name: 'Tienda Norte', phone: '+5215512345678', host: 'http://sandbox', managed: false, createdAt: 1, routing: { flowId: FLOWS.norte!.flowId, stateId: deskBlock('norte')! } }, { authorization: 'Key test' });
    const clients = { forInstallation: async () => sandboxTransport(store, 'norte'), deskServiceIdentity: async () => undefined, tunnels: () => new Map() } as unknown as BlipClients;
    reminders = new RemindersService(db, clients);
    scheduled = new ScheduledService(db, clients, () => undefined);
  });

  it('fires a reminder at its time unless someone got back to the customer meanwhile, which drops it quietly', async () => {
    const waiting = await reminders.remind({ installationId: 'n1', identity: customer('no-history'), contactedAt: NOW - HOUR, dueAt: NOW + HOUR }, NOW);
    const answered = await reminders.remind({ installationId: 'n1', identity: customer('window-expired'), contactedAt: NOW - 40 * HOUR, dueAt: NOW + HOUR }, NOW);
    expect(await reminders.fireDue(NOW)).toBe(NOW + HOUR);
    expect((await getReminder(db, waiting.id))!.status).toBe('pending');
    expect(await reminders.fireDue(NOW + HOUR)).toBeUndefined();
    expect((await getReminder(db, waiting.id))!.status).toBe('fired');
    // An agent wrote to that customer after they contacted the number.
    expect((await getReminder(db, answered.id))!.status).toBe('resolved');
  });

  it('schedules on Blip and moves the customer now; a cancel puts them back and the message never leaves', async () => {
    const identity = customer('not-in-attendance');
    const before = stateOf(identity);
    const input = { installationId: 'n1', identity, phone: `+${identity.split('@')[0]}`, contactedAt: NOW - HOUR, templateName: 'retomar_conversacion', language: 'es_MX', values: { 'body.1': 'Itzel', 'body.2': 'Tienda Norte' }, requestId: crypto.randomUUID(), when: NOW + 3 * HOUR };
    const message = await scheduled.schedule(input, NOW);
    expect(schedulesOf(store.bots.get('norte')!).get(message.id)).toMatchObject({ status: 'scheduled', when: new Date(NOW + 3 * HOUR).toISOString() });
    expect(stateOf(identity)).toBe(deskBlock('norte'));
    expect((await scheduled.schedule(input, NOW)).id).toBe(message.id);

    expect((await scheduled.cancel(message.id, 'user', NOW)).status).toBe('canceled');
    expect(stateOf(identity)).toBe(before);
    clock = NOW + 4 * HOUR;
    advanceClock(store, 0);
    expect(store.bots.get('norte')!.messages.filter((sent) => sent.id === message.id)).toEqual([]);
  });

  it('once Blip sent it, routes the answer again and marks the row sent; one whose customer was answered first is cancelled before it leaves', async () => {
    const identity = customer('not-in-attendance');
    const answeredIdentity = customer('window-expired');
    const base = { installationId: 'n1', contactedAt: NOW - 50 * HOUR, templateName: 'retomar_conversacion', language: 'es_MX', values: { 'body.1': 'Cliente', 'body.2': 'Tienda Norte' }, when: NOW + 3 * HOUR };
    const kept = await scheduled.schedule({ ...base, identity, phone: `+${identity.split('@')[0]}`, requestId: crypto.randomUUID() }, NOW);
    const dropped = await scheduled.schedule({ ...base, identity: answeredIdentity, phone: `+${answeredIdentity.split('@')[0]}`, contactedAt: NOW - 40 * HOUR, requestId: crypto.randomUUID() }, NOW);

    // Ten minutes before it leaves, the one whose customer an agent already answered is taken back.
    await scheduled.followDue(NOW + 3 * HOUR - 5 * 60_000);
    expect((await getScheduledMessage(db, dropped.id))).toMatchObject({ status: 'canceled', canceledBecause: 'answered' });
    expect((await getScheduledMessage(db, kept.id))!.status).toBe('scheduled');

    clock = NOW + 3 * HOUR + 1000;
    advanceClock(store, 0);
    await scheduled.followDue(clock);
    expect(await getScheduledMessage(db, kept.id)).toMatchObject({ status: 'sent' });
    expect((await listAfterHoursSent(db, 'n1')).map((row) => row.identity)).toEqual([identity]);
    expect(store.bots.get('norte')!.messages.filter((sent) => sent.to === answeredIdentity)).toEqual([]);
  });
});

describe('a scheduled message while Blip is out of reach', () => {
  let db: Database;
  let store: SandboxStore;
  let scheduled: ScheduledService;
  let down = false;
  let refuse = false;
  let loseReply = false;
  const log: string[] = [];
  const stateOf = (identity: string) => store.bots.get('norte')!.contexts.get(identity)?.get(STATE)?.value;
  const isSet = (command: { method: string; uri: string }) => command.method === 'set' && command.uri === '/schedules';

  beforeEach(async () => {
    down = refuse = loseReply = false;
    log.length = 0;
    store = createStore(NOW, 1, { clock: () => NOW, deliveryStepMs: 1000 });
    db = openDatabase(`callbacks-${Math.random()}`);
    await saveInstallation(db, { id: 'n1', name: 'Tienda Norte', phone: '+5215512345678', host: 'http://sandbox', managed: false, createdAt: 1, routing: { flowId: FLOWS.norte!.flowId, stateId: deskBlock('norte')! } }, { authorization: 'Key test' });
    const transport = sandboxTransport(store, 'norte', {
      log,
      fail: (command) => down && isSet(command),
      refuse: (command) => refuse && isSet(command),
      after: async (uri) => {
        if (loseReply && uri === '/schedules') throw new TypeError('Failed to fetch');
      },
    });
    const clients = { forInstallation: async () => transport, deskServiceIdentity: async () => undefined, tunnels: () => new Map() } as unknown as BlipClients;
    scheduled = new ScheduledService(db, clients, () => undefined);
  });

  const input = () => {
    const identity = conversationCases.get(store.bots.get('norte')!)!.find((item) => item.state === 'not-in-attendance')!.identity;
    return { installationId: 'n1', identity, phone: `+${identity.split('@')[0]}`, contactedAt: NOW - HOUR, templateName: 'retomar_conversacion', language: 'es_MX', values: { 'body.1': 'Itzel', 'body.2': 'Tienda Norte' }, requestId: crypto.randomUUID(), when: NOW + 3 * HOUR };
  };

  it('keeps it unconfirmed, and the background leaves it with Blip a minute later', async () => {
    const request = input();
    const before = stateOf(request.identity);
    down = true;
    const kept = await scheduled.schedule(request, NOW);
    expect(kept).toMatchObject({ status: 'scheduled', error: { code: 'network' } });
    expect(kept.placedAt).toBeUndefined();
    expect(schedulesOf(store.bots.get('norte')!).size).toBe(0);
    expect(stateOf(request.identity)).toBe(before);

    down = false;
    expect(await scheduled.followDue(NOW + 30_000)).toBe(NOW + 60_000);
    expect(schedulesOf(store.bots.get('norte')!).size).toBe(0);
    await scheduled.followDue(NOW + 60_000);
    const placed = await getScheduledMessage(db, kept.id);
    expect(placed).toMatchObject({ status: 'scheduled', placedAt: NOW + 60_000 });
    expect(placed!.error).toBeUndefined();
    expect(schedulesOf(store.bots.get('norte')!).get(kept.id)).toMatchObject({ status: 'scheduled', when: new Date(request.when).toISOString() });
    expect(stateOf(request.identity)).toBe(deskBlock('norte'));
  });

  it('reads Blip back before trying again: a schedule whose answer was lost is not made twice', async () => {
    const request = input();
    loseReply = true;
    const kept = await scheduled.schedule(request, NOW);
    expect(kept.placedAt).toBeUndefined();
    loseReply = false;
    expect(log.filter((uri) => uri === '/schedules')).toHaveLength(1);
    // The agent clicks again in the same dialog: same request id, read back, found, not set again.
    const again = await scheduled.schedule(request, NOW + 5000);
    expect(again.placedAt).toBe(NOW + 5000);
    expect(log.filter((uri) => uri === '/schedules')).toHaveLength(1);
    expect(log).toContain(`/schedules/${kept.id}`);
  });

  it('forgets one Blip refuses and says so; one never confirmed by the opening is not sent', async () => {
    refuse = true;
    const refused = input();
    await expect(scheduled.schedule(refused, NOW)).rejects.toMatchObject({ code: 'lime-failure' });
    expect(await getScheduledMessage(db, refused.requestId)).toBeUndefined();

    refuse = false;
    down = true;
    const late = await scheduled.schedule(input(), NOW);
    await scheduled.followDue(NOW + 3 * HOUR);
    expect(await getScheduledMessage(db, late.id)).toMatchObject({ status: 'canceled', canceledBecause: 'not-placed' });
    expect(schedulesOf(store.bots.get('norte')!).size).toBe(0);
  });
});
