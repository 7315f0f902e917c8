import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { listInstallations, saveInstallation } from '../db/installations';
import { saveSyncPage } from '../db/contact-sync-state';
import type { CachedContact } from '../domain/contact';
import type { Installation } from '../domain/installation';
import { SearchEngine } from './search-engine';

const number = (db: Database, id: string, role: Installation['role'], createdAt: number) =>
  saveInstallation(db, { id, name: id, phone: '+5511900000000', host: 'http://127.0.0.1', managed: false, role, createdAt }, { authorization: 'Key test' });

/** A page of cached contacts, written as a sync writes it. */
const page = (db: Database, installationId: string, number: number, contacts: CachedContact[]) =>
  saveSyncPage(db, { installationId, page: number, contacts }, { installationId, phase: 'incremental', skip: 0, fetched: contacts.length, nextPage: number + 1, running: false, updatedAt: 1 });

describe('search engine', () => {
  let db: Database;
  beforeEach(async () => {
    db = openDatabase(`engine-${Math.random()}`);
    await number(db, 'norte', 'attendant', 1);
    await number(db, 'sul', 'attendant', 2);
    await number(db, 'andes', 'manager', 3);
    await page(db, 'norte', 0, [{ identity: '5511987654321@wa.gw.msging.net', name: 'José Alvares', lastMessageDate: 2 }]);
    // A later page with newer data for the same contact wins.
    await page(db, 'norte', 1, [{ identity: '5511987654321@wa.gw.msging.net', name: 'José Álvarez', phoneNumber: '+55 11 98765-4321', lastMessageDate: 5 }]);
    await page(db, 'sul', 0, [{ identity: '5511987654321@wa.gw.msging.net', lastMessageDate: 9 }]);
    await page(db, 'andes', 0, [
      { identity: '5511987654321@wa.gw.msging.net', name: 'José A.', lastMessageDate: 1 },
      { identity: '573001112222@wa.gw.msging.net', name: 'Josefina Ruiz', lastMessageDate: 7 },
    ]);
  });

  it('finds contacts of the attendant numbers only, with their numbers and cached details', async () => {
    const engine = new SearchEngine(db);
    engine['numbers'] = await listInstallations(db);
    await engine.rebuild();
    expect(engine.search('jose')).toEqual([
      { identity: '5511987654321@wa.gw.msging.net', name: 'José Álvarez', phone: '+5511987654321', installationIds: ['norte', 'sul'], lastMessageDate: 9 },
    ]);
    expect(engine.search('alvares')).toEqual([]);
    expect(engine.search('ruiz')).toEqual([]);
  });

  it('returns nothing for a manager on every number', async () => {
    await number(db, 'norte', 'manager', 1);
    await number(db, 'sul', 'manager', 2);
    const engine = new SearchEngine(db);
    engine['numbers'] = await listInstallations(db);
    await engine.rebuild();
    expect(engine.search('jose')).toEqual([]);
    expect(engine.status).toEqual({ indexed: 2, building: false });
  });
});
