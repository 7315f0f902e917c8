import { describe, expect, it } from 'vitest';
import { CompanionDb } from './tables';
import { getAbsence, saveAbsence, settleAbsence, storeBotAbsence } from './absence';
import { queuedWrites } from './outbox';
import { ABSENCE_WRITE } from '../domain/outbox-item';

const setting = (enabled: boolean) => ({ enabled, message: 'Vuelvo el lunes', suggestedContact: null });

describe('absence: the bot\'s copy against local writes', () => {
  it('a copy read before a local change does not undo it, even once that change was delivered', async () => {
    const db = new CompanionDb(`absence-${Math.random()}`);
    const readAt = 1_000;
    // The user switches it on while the bot's copy (still off) is on its way back.
    await saveAbsence(db, 'n1', setting(true), 1_500);
    for (const item of await queuedWrites(db, 'n1', ABSENCE_WRITE)) await db.outbox.delete(item.id);
    await settleAbsence(db, 'n1');
    await storeBotAbsence(db, 'n1', setting(false), readAt);
    expect((await getAbsence(db, 'n1'))?.setting.enabled).toBe(true);
  });

  it('a copy read after the last local change replaces it', async () => {
    const db = new CompanionDb(`absence-${Math.random()}`);
    await saveAbsence(db, 'n1', setting(true), 1_000);
    for (const item of await queuedWrites(db, 'n1', ABSENCE_WRITE)) await db.outbox.delete(item.id);
    await storeBotAbsence(db, 'n1', setting(false), 2_000);
    expect(await getAbsence(db, 'n1')).toMatchObject({ setting: { enabled: false }, pending: false });
  });

  it('a copy is ignored while a local write waits to be delivered', async () => {
    const db = new CompanionDb(`absence-${Math.random()}`);
    await saveAbsence(db, 'n1', setting(true), 1_000);
    await storeBotAbsence(db, 'n1', undefined, 2_000);
    expect(await getAbsence(db, 'n1')).toMatchObject({ setting: { enabled: true }, pending: true });
  });
});
