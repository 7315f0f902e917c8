import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CompanionDb } from './tables';
import { listInstallations, getInstallation } from './installations';
import { listCategories, visibleCategories } from './reply-categories';
import { getAbsence, listAbsences } from './absence';
import { listOutbox, queuedTextsTo } from './outbox';
import { cachedContacts } from './contact-pages';
import { findDamage, repairAbsenceWrites } from './repair';
import { damagedRecords } from './damage';

const setting = { enabled: true, message: 'De vacaciones', suggestedContact: null };
const installation = (id: string, name: unknown) => ({ id, name, phone: '+5215512345678', host: 'https://acme.http.msging.net', managed: false, hasRouterKey: false, createdAt: 1 });
const category = (id: string, extra: Record<string, unknown>) => ({ id, name: `Cat ${id}`, position: 0, replies: [{ id: `${id}-r`, title: 'Hola', text: 'Hola' }], synced: {}, updatedAt: 1, ...extra });

describe('damaged records on read', () => {
  let db: CompanionDb;
  beforeEach(() => {
    db = new CompanionDb(`damaged-${Math.random()}`);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it.each([
    ['a category with replies: null is left out, the others stay', [category('a', { replies: null }), category('b', {})], ['b']],
    ['a category of an older shape (no position, no fingerprints) stays, after the others', [category('old', { position: undefined, synced: undefined, updatedAt: undefined }), category('b', { position: 3 })], ['b', 'old']],
    ['an unreadable reply is dropped from its category', [category('c', { replies: [null, { id: 'x', title: 'T', text: 'ok' }, { id: 7 }] })], ['c']],
    ['a category whose replies are not a list is left out', [category('d', {}), category('e', { replies: 'x', name: null })], ['d']],
  ])('%s', async (_label, rows, visible) => {
    await db.replyCategories.bulkPut(rows as never);
    expect((await visibleCategories(db)).map((record) => record.id)).toEqual(visible);
    expect((await listCategories(db)).every((record) => Array.isArray(record.replies) && typeof record.synced === 'object')).toBe(true);
  });

  it('shows a number with no name by its phone, never "null"', async () => {
    await db.installations.bulkPut([installation('n1', null), installation('n2', 'Tienda Norte')] as never);
    expect((await listInstallations(db)).map((entry) => entry.name)).toEqual(['+5215512345678', 'Tienda Norte']);
    expect((await getInstallation(db, 'n1'))!.name).toBe('+5215512345678');
    expect((await findDamage(db)).unnamedNumbers).toEqual(['n1']);
  });

  it('leaves out an absence record it cannot read', async () => {
    await db.absence.bulkPut([{ installationId: 'n1', setting: null }, { installationId: 'n2', setting, pending: false, updatedAt: 1 }] as never);
    expect((await listAbsences(db)).map((record) => record.installationId)).toEqual(['n2']);
    expect(await getAbsence(db, 'n1')).toBeUndefined();
    expect((await findDamage(db)).unreadableAbsence).toEqual(['n1']);
  });

  it('never lets a queued absence write with a null payload go out as null', async () => {
    await db.absence.put({ installationId: 'n1', setting, pending: true, updatedAt: 1 });
    await db.outbox.bulkPut([
      { id: 'w1', installationId: 'n1', kind: 'absence.put', payload: null, status: 'failed', attempts: 3, nextAttemptAt: 9, createdAt: 1 },
      { id: 'w2', installationId: 'n2', kind: 'absence.put', payload: null, status: 'pending', attempts: 0, nextAttemptAt: 1, createdAt: 2 },
      { id: 't1', installationId: 'n1', kind: 'conversation.text', payload: null, status: 'pending', attempts: 0, nextAttemptAt: 1, createdAt: 3 },
    ] as never);
    expect((await listOutbox(db)).map((item) => item.id)).toEqual(['w1', 'w2', 't1']);
    expect(await queuedTextsTo(db, 'n1', 'someone')).toEqual([]);
    expect(await repairAbsenceWrites(db)).toEqual(['n2']);
    expect(await db.outbox.get('w1')).toMatchObject({ payload: setting, status: 'pending' });
    expect(await db.outbox.get('w2')).toBeUndefined();
  });

  it('leaves out a cached contact it cannot read and keeps the others', async () => {
    await db.contactPages.put({ installationId: 'n1', page: 0, contacts: [null, { identity: 42 }, { identity: 'a@wa', name: { html: '<b>' } }, { identity: 'b@wa', name: 'Ana', lastMessageDate: 'x' }] } as never);
    await db.contactPages.put({ installationId: 'n1', page: 1, contacts: 'garbage' } as never);
    expect(await cachedContacts(db, 'n1')).toEqual([{ identity: 'a@wa', lastMessageDate: 0 }, { identity: 'b@wa', name: 'Ana', lastMessageDate: 0 }]);
  });

  it('reports each damaged record once, however often it is read', async () => {
    await db.replyCategories.put(category('once', { replies: null }) as never);
    const before = damagedRecords().filter((record) => record.key === 'once').length;
    await visibleCategories(db);
    await visibleCategories(db);
    expect(damagedRecords().filter((record) => record.key === 'once')).toHaveLength(before === 0 ? 1 : before);
  });
});
