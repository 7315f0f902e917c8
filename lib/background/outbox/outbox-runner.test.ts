import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { claimOutboxItem, enqueue, listOutbox, retryOutbox } from '../../db/outbox';
import { AppError } from '../../errors/app-error';
import { OutboxRunner, type OutboxHandler } from './outbox-runner';

let db: Database;
let clock: number;
let delivered: string[];
let behaviour: (payload: unknown) => void;

const deliver: OutboxHandler = async (item, commandId) => {
  behaviour(item.payload);
  delivered.push(`${item.installationId}:${String(item.payload)}:${commandId === item.id}`);
};

function runner(extra: Partial<ConstructorParameters<typeof OutboxRunner>[0]> = {}) {
  return new OutboxRunner({ db, handlers: { write: deliver }, now: () => clock, ...extra });
}

beforeEach(async () => {
  db = openDatabase(`outbox-${Math.random()}`);
  clock = 1_000_000;
  delivered = [];
  behaviour = () => undefined;
});

describe('OutboxRunner', () => {
  it('delivers queued writes once, oldest first, with the item id as envelope id', async () => {
    await enqueue(db, { installationId: 'a', kind: 'write', payload: 1 }, clock - 2);
    await enqueue(db, { installationId: 'a', kind: 'write', payload: 2 }, clock - 1);
    await runner().kick();
    await runner().kick();
    expect(delivered).toEqual(['a:1:true', 'a:2:true']);
    expect(await listOutbox(db)).toEqual([]);
  });

  it('keeps a write after a transient failure and delivers it once the server recovers', async () => {
    await enqueue(db, { installationId: 'a', kind: 'write', payload: 1 }, clock);
    behaviour = () => {
      throw new AppError('server', 'down', { status: 500 });
    };
    await runner().kick();
    const waiting = (await listOutbox(db))[0]!;
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: { code: 'server' } });
    expect(waiting.nextAttemptAt).toBeGreaterThan(clock);

    behaviour = () => undefined;
    await runner().kick();
    expect(delivered).toEqual([]);
    clock = waiting.nextAttemptAt;
    await runner().kick();
    expect(delivered).toEqual(['a:1:true']);
  });

  it("waits for the server's Retry-After", async () => {
    await enqueue(db, { installationId: 'a', kind: 'write', payload: 1 }, clock);
    behaviour = () => {
      throw new AppError('rate-limited', 'slow down', { retryAfterMs: 45_000 });
    };
    await runner().kick();
    expect((await listOutbox(db))[0]!.nextAttemptAt).toBe(clock + 45_000);
  });

  it('parks a write the server refuses for good, until the user retries it', async () => {
    await enqueue(db, { installationId: 'a', kind: 'write', payload: 1 }, clock);
    behaviour = () => {
      throw new AppError('lime-failure', 'no', { reason: 21 });
    };
    await runner().kick();
    expect((await listOutbox(db))[0]).toMatchObject({ status: 'failed', lastError: { code: 'lime-failure', reason: 21 } });
    clock += 3_600_000;
    behaviour = () => undefined;
    await runner().kick();
    expect(delivered).toEqual([]);
    await retryOutbox(db, undefined, clock);
    await runner().kick();
    expect(delivered).toEqual(['a:1:true']);
  });

  it('holds later writes of a failing number but not of the others', async () => {
    await enqueue(db, { installationId: 'a', kind: 'write', payload: 1 }, clock - 3);
    await enqueue(db, { installationId: 'a', kind: 'write', payload: 2 }, clock - 2);
    await enqueue(db, { installationId: 'b', kind: 'write', payload: 3 }, clock - 1);
    behaviour = (payload) => {
      if (payload === 1) throw new AppError('network', 'offline');
    };
    await runner().kick();
    expect(delivered).toEqual(['b:3:true']);
    expect(await listOutbox(db)).toHaveLength(2);
  });

  it('takes over a delivery whose worker died (lease expired) and sends the same id again', async () => {
    const id = await enqueue(db, { installationId: 'a', kind: 'write', payload: 1 }, clock);
    // Another worker took the write and was stopped before Blip answered.
    await claimOutboxItem(db, id, clock, 60_000);
    await runner().kick();
    expect(delivered).toEqual([]);
    clock += 60_000;
    await runner().kick();
    expect(delivered).toEqual(['a:1:true']);
  });

  it('asks to be woken for the next due write', async () => {
    const wakeups: number[] = [];
    await enqueue(db, { installationId: 'a', kind: 'write', payload: 1 }, clock + 5_000);
    await runner({ schedule: (at) => wakeups.push(at) }).kick();
    expect(wakeups).toEqual([clock + 5_000]);
  });

  it('runs one drain at a time even when kicked repeatedly', async () => {
    await enqueue(db, { installationId: 'a', kind: 'write', payload: 1 }, clock);
    const shared = runner();
    await Promise.all([shared.kick(), shared.kick(), shared.kick()]);
    expect(delivered).toEqual(['a:1:true']);
  });
});
