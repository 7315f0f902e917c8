import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { enqueue, listOutbox, retryOutbox } from '../../db/outbox';
import { claimOutboxItem, getDeliveredWrite } from '../../db/outbox-delivery';
import { AppError } from '../../errors/app-error';
import { ABSENCE_WRITE, TEXT_MESSAGE } from '../../domain/outbox-item';
import { OutboxRunner, type OutboxHandler } from './outbox-runner';

let db: Database;
let clock: number;
/** What reached "Blip", in order: `number:text`. */
let delivered: string[];
/** Decides each attempt: throw to fail it. */
let behaviour: (text: string) => void | Promise<void>;
let checks: string[];

/** Texts "Blip" already holds: a read-back finds them. */
let landed: Set<string>;

const deliver: OutboxHandler = async (item, { commandId, payload, inDoubt, beforeResend }) => {
  const { text } = payload as { text: string };
  if (inDoubt) {
    checks.push(text);
    if (landed.has(text)) return { sent: text };
    beforeResend();
  }
  await behaviour(text);
  expect(commandId).toBe(item.id);
  delivered.push(`${item.installationId}:${text}`);
  return { sent: text };
};

function runner(extra: Partial<ConstructorParameters<typeof OutboxRunner>[0]> = {}) {
  return new OutboxRunner({ db, handlers: { [TEXT_MESSAGE]: deliver }, now: () => clock, ...extra });
}

/** Queues a text to `to` on number `on`. */
function queue(text: string, { on = 'a', to = 'ana', id }: { on?: string; to?: string; id?: string } = {}) {
  return enqueue(db, { installationId: on, kind: TEXT_MESSAGE, payload: { identity: to, text } }, clock, id);
}

const fail = (code: ConstructorParameters<typeof AppError>[0], details = {}) => () => {
  throw new AppError(code, code, details);
};

beforeEach(async () => {
  db = openDatabase(`outbox-${Math.random()}`);
  clock = 1_000_000;
  delivered = [];
  checks = [];
  landed = new Set();
  behaviour = () => undefined;
});

describe('OutboxRunner', () => {
  it('delivers a contact\'s writes once each, in the order queued, with the item id as envelope id', async () => {
    await queue('1');
    await queue('2');
    await queue('3');
    await runner().kick();
    expect(delivered).toEqual(['a:1', 'a:2', 'a:3']);
    expect(await listOutbox(db)).toEqual([]);
  });

  it.each<[string, (text: string) => void, string[], string]>([
    ['a write in backoff holds the ones behind it', (text) => text === '1' && fail('server', { status: 500 })(), [], 'pending'],
    ['a write parked as failed holds the ones behind it', (text) => text === '1' && fail('lime-failure', { reason: 21 })(), [], 'failed'],
    ['a 429 holds the ones behind it', (text) => text === '1' && fail('rate-limited', { retryAfterMs: 0 })(), [], 'pending'],
  ])('%s, across drains, until it goes', async (_label, failing, before, status) => {
    await queue('1');
    await queue('2');
    await queue('3', { to: 'bruno' });
    behaviour = failing;
    await runner().kick();
    expect(delivered).toEqual([...before, 'a:3']);
    expect((await listOutbox(db))[0]).toMatchObject({ status, attempts: 1 });
    // Time passes, the worker restarts (a new runner): still nothing overtakes it.
    clock += 3_600_000;
    if (status === 'failed') {
      await runner().kick();
      expect(delivered).toEqual([...before, 'a:3']);
      await retryOutbox(db, undefined, clock);
    }
    behaviour = () => undefined;
    await runner().kick();
    expect(delivered).toEqual([...before, 'a:3', 'a:1', 'a:2']);
  });

  it('waits at least the backoff even when Retry-After says 0, and at least the Retry-After', async () => {
    await queue('1');
    behaviour = fail('rate-limited', { retryAfterMs: 0 });
    await runner().kick();
    expect((await listOutbox(db))[0]!.nextAttemptAt).toBeGreaterThanOrEqual(clock + 1_000);
    await retryOutbox(db, undefined, clock);
    behaviour = fail('rate-limited', { retryAfterMs: 45_000 });
    await runner().kick();
    expect((await listOutbox(db))[0]!.nextAttemptAt).toBe(clock + 45_000);
  });

  it('delivers numbers in parallel: a hung delivery on one holds up no other number', async () => {
    let release!: () => void;
    const hung = new Promise<void>((resolve) => (release = resolve));
    await queue('stuck', { on: 'a' });
    await queue('b1', { on: 'b' });
    await queue('c1', { on: 'c' });
    await queue('b2', { on: 'b' });
    behaviour = (text) => (text === 'stuck' ? hung : undefined);
    const shared = runner();
    const kicked = shared.kick();
    await expect.poll(() => delivered).toEqual(['b:b1', 'c:c1', 'b:b2']);
    release();
    await kicked;
    expect(delivered).toEqual(['b:b1', 'c:c1', 'b:b2', 'a:stuck']);
  });

  it('reads back a write whose outcome is unknown, and does not send it again when it landed', async () => {
    await queue('1');
    behaviour = fail('server', { status: 502, outcomeUnknown: true });
    await runner().kick();
    expect((await listOutbox(db))[0]).toMatchObject({ inDoubt: true });
    landed.add('1');
    clock += 120_000;
    behaviour = () => undefined;
    await runner().kick();
    expect(checks).toEqual(['1']);
    expect(delivered).toEqual([]);
    expect(await listOutbox(db)).toEqual([]);
  });

  it('re-sends a timed-out write the read-back did not find only once Blip can no longer apply the first one', async () => {
    await queue('1');
    behaviour = fail('timeout', { outcomeUnknown: true, settlesAt: clock + 60_000 });
    await runner().kick();
    behaviour = () => undefined;
    clock += 5_000;
    await retryOutbox(db, undefined, clock);
    await runner().kick();
    expect(delivered).toEqual([]);
    expect((await listOutbox(db))[0]).toMatchObject({ status: 'pending', nextAttemptAt: clock + 55_000, attempts: 1 });
    clock += 55_000;
    await runner().kick();
    expect(checks).toEqual(['1', '1']);
    expect(delivered).toEqual(['a:1']);
  });

  it('holds a newer setting until Blip can no longer apply the one it replaced', async () => {
    const absence = (enabled: boolean) => enqueue(db, { installationId: 'a', kind: ABSENCE_WRITE, payload: { enabled, message: 'Vuelvo', suggestedContact: null } }, clock);
    const sent: boolean[] = [];
    const shared = runner({
      handlers: {
        [ABSENCE_WRITE]: async (_item, { payload }) => {
          const { enabled } = payload as { enabled: boolean };
          if (enabled) throw new AppError('timeout', 'timeout', { outcomeUnknown: true, settlesAt: clock + 60_000 });
          sent.push(enabled);
        },
      },
    });
    await absence(true);
    await shared.kick();
    await absence(false);
    expect(await listOutbox(db)).toHaveLength(1);
    await shared.kick();
    expect(sent).toEqual([]);
    clock += 60_000;
    await shared.kick();
    expect(sent).toEqual([false]);
  });

  it('does not check after a refusal that cannot have landed', async () => {
    await queue('1');
    behaviour = fail('auth');
    await runner().kick();
    await retryOutbox(db, undefined, clock);
    behaviour = () => undefined;
    await runner().kick();
    expect(checks).toEqual([]);
  });

  it('takes over a delivery whose worker died (lease expired), in doubt, with the same id', async () => {
    const id = await queue('1');
    await claimOutboxItem(db, id, clock, 20_000, 60_000);
    await runner().kick();
    expect(delivered).toEqual([]);
    clock += 20_000;
    await runner().kick();
    // Read back at once; not there, so sent again once 60 s passed since the dead worker's last sign of life.
    expect(checks).toEqual(['1']);
    expect(delivered).toEqual([]);
    clock += 40_000;
    await runner().kick();
    expect(delivered).toEqual(['a:1']);
  });

  it('parks a write it cannot read instead of sending it', async () => {
    await enqueue(db, { installationId: 'a', kind: TEXT_MESSAGE, payload: null }, clock);
    await runner().kick();
    expect((await listOutbox(db))[0]).toMatchObject({ status: 'failed', lastError: { code: 'invalid-input', fields: ['outbox.payload'] } });
    expect(delivered).toEqual([]);
  });

  it('makes a repeated request the same write: two enqueues at once, or one after delivery', async () => {
    await Promise.all([queue('1', { id: 'same' }), queue('1', { id: 'same' }), queue('1', { id: 'same' })]);
    expect(await listOutbox(db)).toHaveLength(1);
    await runner().kick();
    await queue('1', { id: 'same' });
    expect(await listOutbox(db)).toEqual([]);
    expect(await getDeliveredWrite(db, 'same')).toMatchObject({ result: { sent: '1' } });
    expect(delivered).toEqual(['a:1']);
  });

  it('answers the attempt a caller waits for', async () => {
    await queue('1', { id: 'x' });
    await expect(runner().attempt('x')).resolves.toEqual({ state: 'delivered', result: { sent: '1' } });
    await queue('2', { id: 'y' });
    behaviour = fail('server', { status: 500 });
    await expect(runner().attempt('y')).resolves.toMatchObject({ state: 'failed', error: { code: 'server' } });
    await expect(runner().attempt('y')).resolves.toEqual({ state: 'waiting' });
  });

  it('answers an attempt that ended before the scan that started it did', async () => {
    await queue('1', { to: 'ana' });
    await queue('2', { to: 'bruno' });
    await queue('3', { to: 'carla', id: 'z' });
    behaviour = fail('rate-limited', { retryAfterMs: 30_000 });
    await expect(runner({ maxPerNumber: 3 }).attempt('z')).resolves.toMatchObject({ state: 'failed', error: { code: 'rate-limited' } });
  });

  it('asks to be woken for the next due write', async () => {
    const wakeups: number[] = [];
    await queue('1');
    behaviour = fail('network');
    await runner({ schedule: (at) => wakeups.push(at) }).kick();
    const waiting = (await listOutbox(db))[0]!;
    expect(wakeups.at(-1)).toBe(waiting.nextAttemptAt);
  });

  it('runs one delivery per write even when kicked repeatedly', async () => {
    await queue('1');
    const shared = runner();
    await Promise.all([shared.kick(), shared.kick(), shared.kick()]);
    expect(delivered).toEqual(['a:1']);
  });
});
