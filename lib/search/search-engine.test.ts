import { beforeEach, describe, expect, it } from 'vitest';
import { CompanionDb } from '../db/database';
import type { Installation } from '../domain/installation';
import { SearchEngine } from './search-engine';

const number = (id: string, role: Installation['role'], createdAt: number): Installation => ({
  id, name: id, phone: '+5511900000000', host: 'http://127.0.0.1', managed: false, hasRouterKey: false, role, createdAt,
});

describe('search engine', () => {
  let db: CompanionDb;
  beforeEach(async () => {
    db = new CompanionDb(`engine-${Math.random()}`);
    await db.installations.bulkPut([number('norte', 'attendant', 1), number('sul', 'attendant', 2), number('andes', 'manager', 3)]);
    await db.contactPages.bulkPut([
      { installationId: 'norte', page: 0, contacts: [{ identity: '5511987654321@wa.gw.msging.net', name: 'José Alvares', lastMessageDate: 2 }] },
      // A later page with newer data for the same contact wins.
      { installationId: 'norte', page: 1, contacts: [{ identity: '5511987654321@wa.gw.msging.net', name: 'José Álvarez', phoneNumber: '+55 11 98765-4321', lastMessageDate: 5 }] },
      { installationId: 'sul', page: 0, contacts: [{ identity: '5511987654321@wa.gw.msging.net', lastMessageDate: 9 }] },
      {
        installationId: 'andes',
        page: 0,
        contacts: [
          { identity: '5511987654321@wa.gw.msging.net', name: 'José A.', lastMessageDate: 1 },
          { identity: '573001112222@wa.gw.msging.net', name: 'Josefina Ruiz', lastMessageDate: 7 },
        ],
      },
    ]);
  });

  it('finds contacts of the attendant numbers only, with their numbers and cached details', async () => {
    const engine = new SearchEngine(db);
    engine['numbers'] = await db.installations.orderBy('createdAt').toArray();
    await engine.rebuild();
    expect(engine.search('jose')).toEqual([
      { identity: '5511987654321@wa.gw.msging.net', name: 'José Álvarez', phone: '+5511987654321', installationIds: ['norte', 'sul'], lastMessageDate: 9 },
    ]);
    expect(engine.search('alvares')).toEqual([]);
    expect(engine.search('ruiz')).toEqual([]);
  });

  it('returns nothing for a manager on every number', async () => {
    await db.installations.bulkPut([number('norte', 'manager', 1), number('sul', 'manager', 2)]);
    const engine = new SearchEngine(db);
    engine['numbers'] = await db.installations.orderBy('createdAt').toArray();
    await engine.rebuild();
    expect(engine.search('jose')).toEqual([]);
    expect(engine.status).toEqual({ indexed: 2, building: false });
  });
});
