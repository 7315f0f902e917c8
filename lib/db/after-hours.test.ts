import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CompanionDb } from './tables';
import { getAfterHoursContacts, getAfterHoursState, listAfterHoursContacts } from './after-hours';
import { damagedRecords } from './damage';

const kept = (identity: string, extra: Record<string, unknown> = {}) => ({ installationId: 'n1', identity, name: 'Ana', receivedAt: [1_000, 2_000], activeSentAt: [], readUntil: 2_000, ...extra });
const hours = { timeZone: 'America/Mexico_City', week: [[], [{ start: '09:00', end: '18:00' }], [], [], [], [], []], daysOff: [], source: 'desk' };

describe('the after-hours list as kept, read back', () => {
  let db: CompanionDb;
  beforeEach(() => {
    db = new CompanionDb(`after-hours-${Math.random()}`);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('answers readable contacts as they were stored', async () => {
    await db.afterHoursContacts.put(kept('a@wa.gw.msging.net', { activeDelivery: { at: 1_500, status: 'failed', reason: { code: 131047 } } }));
    expect(await listAfterHoursContacts(db, 'n1')).toEqual([kept('a@wa.gw.msging.net', { activeDelivery: { at: 1_500, status: 'failed', reason: { code: 131047 } } })]);
  });

  it('leaves out a contact without identity, and mends dates that are not dates (its thread is read again)', async () => {
    await db.afterHoursContacts.bulkPut([kept('', {}), kept('b@wa.gw.msging.net', { receivedAt: [1_000, 'ayer', null], readUntil: 'x', activeDelivery: 'sent' })] as never);
    const [contact, ...rest] = await listAfterHoursContacts(db, 'n1');
    expect(rest).toEqual([]);
    expect(contact).toEqual({ installationId: 'n1', identity: 'b@wa.gw.msging.net', name: 'Ana', receivedAt: [1_000], activeSentAt: [], readUntil: 0 });
    expect(damagedRecords().filter((record) => record.table === 'afterHoursContacts').map((record) => record.skipped).sort()).toEqual([false, true]);
  });

  it('answers nothing for an unreadable kept contact asked by identity', async () => {
    await db.afterHoursContacts.put({ installationId: 'n1', identity: 'c@wa.gw.msging.net', receivedAt: 'nunca' } as never);
    const [found, missing] = await getAfterHoursContacts(db, 'n1', ['c@wa.gw.msging.net', 'd@wa.gw.msging.net']);
    expect(found).toMatchObject({ identity: 'c@wa.gw.msging.net', receivedAt: [], readUntil: 0 });
    expect(missing).toBeUndefined();
  });

  it('drops the parts of the list state it cannot read, so they are asked of Blip again', async () => {
    await db.afterHoursState.put({ installationId: 'n1', threadsSeenAt: 5_000, threadsRead: { a: 4_000, b: 'x' }, deskHours: { value: { timeZone: 'UTC' }, at: 1 }, notifyOption: { value: true, at: 2 } } as never);
    expect(await getAfterHoursState(db, 'n1')).toEqual({ installationId: 'n1', threadsSeenAt: 5_000, threadsRead: { a: 4_000 }, notifyOption: { value: true, at: 2 } });
    await db.afterHoursState.put({ installationId: 'n1', threadsSeenAt: 'ayer', threadsRead: { a: 4_000 }, deskHours: { value: hours, at: 1 } } as never);
    expect(await getAfterHoursState(db, 'n1')).toEqual({ installationId: 'n1', deskHours: { value: hours, at: 1 } });
  });
});
