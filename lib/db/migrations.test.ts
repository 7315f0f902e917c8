import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CompanionDb } from './tables';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';
import { cachedContacts } from './contact-pages';

/**
 * Records an older version of the extension could have stored, by schema version. When a version
 * changes the shape of data, add what the previous one stored here and what it must become below.
 */
const FIXTURES: Record<number, Record<string, unknown[]>> = {
  6: {
    replyCategories: [{ id: 'asistencia-1', name: 'Saludos', position: 0, replies: [{ id: 'r1', title: 'Hola', text: 'Hola {{contact.name}}' }], synced: { n1: 'abc-1' }, updatedAt: 1 }],
    replyConflicts: [{ categoryId: 'asistencia-1', installationId: 'n1', theirs: null, detectedAt: 1 }],
    replyUsage: [{ replyId: 'r1', count: 3, lastUsedAt: 1 }],
  },
  5: {
    businessHours: [{ installationId: 'n1', hours: { timeZone: 'America/Bogota', week: [[], [], [], [], [], [], []], daysOff: [], source: 'extension' } }],
    afterHoursSent: [{ installationId: 'n1', identity: '573001112233@wa.gw.msging.net', sentAt: 1 }],
  },
  1: {
    installations: [{ id: 'n1', name: 'Tienda Norte', phone: '+5215512345678', host: 'https://acme.http.msging.net', managed: false, hasRouterKey: false, createdAt: 1 }],
    secrets: [{ installationId: 'n1', authorization: 'Key abc' }],
    settings: [{ key: 'selectedInstallationId', value: 'n1' }],
    outbox: [{ id: 'w1', installationId: 'n1', kind: 'absence.put', payload: { enabled: true }, status: 'pending', attempts: 0, nextAttemptAt: 1, createdAt: 1 }],
    absence: [{ installationId: 'n1', setting: { enabled: true, message: 'De vacaciones', suggestedContact: null }, pending: true, updatedAt: 1 }],
  },
  2: {
    contacts: [{ installationId: 'n1', identity: '5511987654321@wa.gw.msging.net', name: 'José Álvarez', phoneNumber: '+55 11 98765-4321', lastMessageDate: 1 }],
    contactSync: [{ installationId: 'n1', phase: 'incremental', cursor: '2026-01-01T00:00:00.000Z', skip: 0, fetched: 1, running: false, updatedAt: 1 }],
  },
  2.1: {
    contactPages: [{ installationId: 'n2', page: 0, contacts: [{ identity: '5215512345678@wa.gw.msging.net', name: 'Ana Peña', lastMessageDate: 2 }] }],
  },
};

/** Tables a version stopped writing (the version), and how their rows must show up after upgrading. */
const RETIRED: Record<string, number> = { contacts: 2.1 };
const MOVED: Record<string, (db: CompanionDb) => Promise<number>> = {
  contacts: async (db) => (await cachedContacts(db, 'n1')).filter((contact) => contact.name === 'José Álvarez').length,
};

/** Opens a database exactly as version `upTo` of the extension declared it. */
function databaseAt(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS.filter((entry) => entry.version <= upTo)) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

describe('database migrations', () => {
  it('declares versions in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it.each(SCHEMA_VERSIONS.map((entry) => entry.version))('opens data stored by version %s with the current schema and loses nothing', async (version) => {
    const name = `migration-${version}-${Math.random()}`;
    const old = databaseAt(name, version);
    await old.open();
    const stored: Array<[string, unknown[]]> = [];
    for (const fixtureVersion of Object.keys(FIXTURES).map(Number).filter((entry) => entry <= version)) {
      for (const [table, rows] of Object.entries(FIXTURES[fixtureVersion] ?? {})) {
        if (version >= (RETIRED[table] ?? Infinity)) continue;
        await old.table(table).bulkPut(rows);
        stored.push([table, rows]);
      }
    }
    old.close();

    const current = new CompanionDb(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    for (const [table, rows] of stored) {
      const count = MOVED[table] ? await MOVED[table](current) : await current.table(table).count();
      expect(count, table).toBeGreaterThanOrEqual(rows.length);
    }
    expect(await current.installations.get('n1')).toMatchObject({ name: 'Tienda Norte' });
    current.close();
  });

  it('has a fixture for the first version', () => {
    expect(FIXTURES[1]).toBeDefined();
  });
});
