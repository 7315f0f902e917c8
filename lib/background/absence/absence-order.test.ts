import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { saveInstallation } from '../../db/installations';
import { getAbsence } from '../../db/absence';
import { listOutbox } from '../../db/outbox';
import { BlipTransport } from '../../blip/transport';
import { createStore, type SandboxStore } from '../../../sandbox/store';
import { dispatchCommand, type CommandEnvelope } from '../../../sandbox/commands/router';
import { OutboxRunner } from '../outbox/outbox-runner';
import type { BlipClients } from '../installations/clients';
import { ABSENCE_WRITE } from '../../domain/outbox-item';
import { ABSENCE_RESOURCE_KEY, AbsenceService } from './absence-service';

/**
 * How the next request to the bot goes: answered; lost before Blip got it; applied by Blip but its
 * reply lost (a timeout either way); hung until released; or refused.
 */
type Fate = 'ok' | 'lost-before' | 'lost-after' | 'hang' | 'refused';

const message = 'Vuelvo el lunes';

describe('absence switched twice while Blip is failing: the bot ends with the last choice', () => {
  let db: Database;
  let store: SandboxStore;
  let fates: Fate[];
  let release: () => void;
  let service: AbsenceService;
  let runner: OutboxRunner;
  let clock: number;
  let timeoutMs: number;
  const bot = () => store.bots.get('norte')!;
  const botSetting = () => bot().resources.get(ABSENCE_RESOURCE_KEY)?.value as { enabled: boolean } | undefined;
  /** The settings Blip applied, in order. */
  let applied: boolean[];
  const sets = () => applied;

  beforeEach(async () => {
    db = openDatabase(`absence-order-${Math.random()}`);
    store = createStore(Date.parse('2026-11-20T12:00:00Z'));
    fates = [];
    applied = [];
    clock = Date.now();
    await saveInstallation(db, { id: 'n1', name: 'Tienda Norte', phone: '+5215512345678', host: 'http://sandbox', managed: false, role: 'attendant', createdAt: 1 }, { authorization: 'Key x' });
    timeoutMs = 40;
    const transport = () => new BlipTransport({
      host: 'http://sandbox',
      authorization: 'Key x',
      timeoutMs,
      readRetries: 0,
      fetchImpl: async (_url, init) => {
        const fate = fates.shift() ?? 'ok';
        const hangUntilAborted = () => new Promise<never>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
        if (fate === 'lost-before') return hangUntilAborted();
        if (fate === 'refused') return new Response(JSON.stringify({ status: 'failure', reason: { code: 61, description: 'no' } }), { status: 200 });
        const command = JSON.parse(String(init!.body)) as CommandEnvelope;
        const reply = { id: command.id, ...dispatchCommand(store, bot(), command) };
        if (command.method === 'set') applied.push((command.resource as { enabled: boolean }).enabled);
        if (fate === 'lost-after') return hangUntilAborted();
        if (fate === 'hang') await new Promise<void>((resolve) => (release = resolve));
        return new Response(JSON.stringify(reply), { status: 200 });
      },
    });
    const clients = { forInstallation: async () => transport() } as unknown as BlipClients;
    service = new AbsenceService(db, clients);
    runner = new OutboxRunner({ db, handlers: { [ABSENCE_WRITE]: service.deliver }, onDelivered: (item) => service.delivered(item), now: () => clock });
  });

  const toggle = (enabled: boolean) => service.save('n1', { enabled, message, suggestedContact: null }, clock++);

  it.each<[string, Fate[], boolean[]]>([
    // The reproduction: ON times out after Blip applied it; OFF is chosen; the old outbox sent OFF, then ON again.
    ['ON applied but its reply lost, then OFF', ['lost-after'], [true, false]],
    ['ON lost before Blip got it, then OFF', ['lost-before'], [false]],
    ['ON refused (parked), then OFF', ['refused'], [false]],
  ])('%s → the bot ends OFF', async (_label, firstFates, expectedSets) => {
    fates = [...firstFates];
    await toggle(true);
    await runner.kick();
    expect(await listOutbox(db)).toHaveLength(1);
    await toggle(false);
    clock += 600_000;
    await runner.kick();
    expect(botSetting()).toMatchObject({ enabled: false });
    expect(sets()).toEqual(expectedSets);
    expect(await getAbsence(db, 'n1')).toMatchObject({ setting: { enabled: false }, pending: false });
    expect(await listOutbox(db)).toEqual([]);
  });

  it('ON still on its way when OFF is chosen: OFF waits for it, then goes', async () => {
    fates = ['hang'];
    timeoutMs = 10_000;
    await toggle(true);
    const first = runner.kick();
    await expect.poll(() => release).toBeTypeOf('function');
    await toggle(false);
    const off = (await listOutbox(db)).at(-1)!;
    await expect(runner.attempt(off.id)).resolves.toEqual({ state: 'waiting' });
    expect(await listOutbox(db)).toHaveLength(2);
    expect(sets()).toEqual([true]);
    release();
    await first;
    await runner.kick();
    expect(sets()).toEqual([true, false]);
    expect(botSetting()).toMatchObject({ enabled: false });
  });

  it('a write that landed is not sent again after its reply was lost', async () => {
    fates = ['lost-after'];
    await toggle(true);
    await runner.kick();
    clock += 600_000;
    await runner.kick();
    expect(sets()).toEqual([true]);
    expect(await listOutbox(db)).toEqual([]);
  });
});
