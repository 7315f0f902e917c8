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
  9: {
    indexSegments: [{ seq: 1, installationId: 'n1', generation: 0, count: 1, maxDate: 1, format: 1, byteLength: 8 }],
    indexBytes: [{ seq: 1, installationId: 'n1', bytes: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer }],
    indexProgress: [{ installationId: 'n1', generation: 0, indexedPage: 1, skipped: 0, format: 1 }],
    afterHoursContacts: [{ installationId: 'n1', identity: '573001112233@wa.gw.msging.net', name: 'Ana', receivedAt: [1], activeSentAt: [], readUntil: 1 }],
    afterHoursState: [{ installationId: 'n1', threadsSeenAt: 1, notifyOption: { value: true, at: 1 } }],
    timelineCache: [{ installationId: 'n1', identity: '573001112233@wa.gw.msging.net', messages: [{ id: 'm1', direction: 'received', type: 'text/plain', content: 'Hola', date: '2026-01-01T00:00:00.000Z' }], hasMore: false, savedAt: 1 }],
  },
  7: {
    deliveredWrites: [{ id: 'w0', installationId: 'n1', kind: 'conversation.text', deliveredAt: 1 }],
  },
  8: {
    alertRules: [{ installationId: 'n1', maxQueueMinutes: 20, noAgentOnline: true, updatedAt: 1 }],
    alertStatus: [{ installationId: 'n1', checkedAt: 2, quiet: false, failures: 0, active: [{ kind: 'queue-wait', value: 1_300_000, threshold: 1_200_000, since: 2 }] }],
    reminders: [{ id: 'r1', installationId: 'n1', identity: '5215512345678@wa.gw.msging.net', name: 'Ana', contactedAt: 1, dueAt: 3, createdAt: 2, status: 'pending' }],
    scheduledMessages: [{ id: 's1', installationId: 'n1', identity: '5215512345678@wa.gw.msging.net', templateName: 'retomar', language: 'es_MX', contactedAt: 1, when: 4, createdAt: 2, status: 'scheduled', previous: { state: null, master: null } }],
    reportDays: [{ installationId: 'n1', day: '2026-03-01', timings: { avgQueue: 1, avgFirstResponse: 2, avgWait: 3, avgAttendance: 4 }, fetchedAt: 5 }],
  },
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

/**
 * Tables a version stopped writing (from that version on, the extension keeps their data elsewhere),
 * and where a row stored in one is found after upgrading, and as what.
 */
const RETIRED: Record<string, number> = { contacts: 2.1 };
const MOVED: Record<string, { read: (db: CompanionDb, row: Record<string, unknown>) => Promise<unknown[]>; as: (row: Record<string, unknown>) => unknown }> = {
  contacts: {
    read: (db, row) => cachedContacts(db, String(row.installationId)),
    as: ({ installationId: _installationId, ...contact }) => contact,
  },
};

/** Every table of the real schema, with the version that first declared it and the one that dropped it. */
function declaredTables(): Map<string, { since: number; dropped?: number }> {
  const tables = new Map<string, { since: number; dropped?: number }>();
  for (const { version, stores } of SCHEMA_VERSIONS) {
    for (const [table, spec] of Object.entries(stores)) {
      if (spec === null) tables.get(table)!.dropped = version;
      else if (!tables.has(table)) tables.set(table, { since: version });
    }
  }
  return tables;
}

/** Opens a database exactly as version `upTo` of the extension declared it. */
function databaseAt(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS.filter((entry) => entry.version <= upTo)) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

/** A table's primary key and indexes as Dexie sees them. */
function shape(db: Dexie): Record<string, string[]> {
  return Object.fromEntries(db.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src).sort()]]));
}

describe('database migrations', () => {
  it('declares versions in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('has rows stored by the version that declared each table, and drops every retired table', () => {
    for (const [table, { since, dropped }] of declaredTables()) {
      expect(FIXTURES[since]?.[table]?.length, `rows of ${table} as version ${since} stored them`).toBeGreaterThan(0);
      if (RETIRED[table] !== undefined) expect(dropped, `${table} is dropped after version ${RETIRED[table]}`).toBeGreaterThan(RETIRED[table]!);
    }
  });

  it.each(SCHEMA_VERSIONS.map((entry) => entry.version))('opens data stored by version %s with the current schema and loses nothing', async (version) => {
    const name = `migration-${version}-${Math.random()}`;
    const old = databaseAt(name, version);
    await old.open();
    const stored: Array<[string, Array<Record<string, unknown>>]> = [];
    for (const fixtureVersion of Object.keys(FIXTURES).map(Number).filter((entry) => entry <= version)) {
      for (const [table, rows] of Object.entries(FIXTURES[fixtureVersion] ?? {})) {
        if (version >= (RETIRED[table] ?? Infinity)) continue;
        await old.table(table).bulkPut(rows);
        stored.push([table, rows as Array<Record<string, unknown>>]);
      }
    }
    old.close();

    const current = new CompanionDb(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    const fresh = new CompanionDb(`fresh-${Math.random()}`);
    await fresh.open();
    expect(shape(current), 'an upgraded database has the tables and indexes of a new one').toEqual(shape(fresh));
    fresh.close();
    for (const [table, rows] of stored) {
      for (const row of rows) {
        const moved = MOVED[table];
        const now = moved ? await moved.read(current, row) : await current.table(table).toArray();
        expect(now, `${table} after upgrading from version ${version}`).toContainEqual(expect.objectContaining((moved ? moved.as(row) : row) as object));
      }
    }
    current.close();
  });
});
