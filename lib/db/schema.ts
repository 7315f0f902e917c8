import { contactsToPages } from './migrations/contacts-to-pages';

/**
 * Every version of the database schema, oldest first. Never edit a published version:
 * add a new one (with an `upgrade` when data must move) and a fixture for it in
 * `lib/db/migrations.test.ts`, which opens every older version with data and upgrades it.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      installations: 'id, createdAt',
      secrets: 'installationId',
      settings: 'key',
      outbox: 'id, status, nextAttemptAt, installationId, createdAt',
      absence: 'installationId',
    },
  },
  {
    // Contact cache per number for global search, and each number's sync progress.
    version: 2,
    stores: {
      contacts: '[installationId+identity], installationId',
      contactSync: 'installationId',
    },
  },
  {
    // Contacts stored a page per record (IndexedDB costs ~0.1 ms per record written in Chromium).
    version: 2.1,
    stores: { contactPages: '[installationId+page], installationId' },
    upgrade: contactsToPages,
  },
  {
    // Dexie can only read a table in an upgrade while it is still declared: drop it one version later.
    version: 2.2,
    stores: { contacts: null },
  },
  {
    // After-hours contacts: business hours set in the extension (when Desk has none) and the
    // active messages sent from the list.
    version: 5,
    stores: {
      businessHours: 'installationId',
      afterHoursSent: '[installationId+identity], installationId',
    },
  },
  {
    // Ready replies: the local copy of every category, changes someone else made meanwhile
    // (conflicts), and how often each reply was inserted (the palette's order).
    version: 6,
    stores: {
      replyCategories: 'id, position',
      replyConflicts: '[categoryId+installationId], categoryId',
      replyUsage: 'replyId',
    },
  },
  {
    // Writes Blip accepted, remembered for a week so a repeated request (same id) is not queued again.
    version: 7,
    stores: { deliveredWrites: 'id, deliveredAt' },
  },
  {
    // Alerts (each number's thresholds and what the last background check found), call-backs
    // (reminders and active messages scheduled for the opening) and the days of the timings report
    // already read (a past day does not change).
    version: 8,
    stores: {
      alertRules: 'installationId',
      alertStatus: 'installationId',
      reminders: 'id, installationId, status',
      scheduledMessages: 'id, installationId, status',
      reportDays: '[installationId+day], installationId',
    },
  },
  {
    // The contact search index, kept between panel openings: each number's segments (what they
    // hold, and their bytes apart so listing them reads no bytes) and how far each number's
    // contact pages are indexed. The after-hours list, kept per contact and refreshed as threads
    // change, and where each number's list stands. The newest timeline page of the contacts opened
    // last, shown at once when one is opened again.
    version: 9,
    stores: {
      indexSegments: 'seq, installationId',
      indexBytes: 'seq, installationId',
      indexProgress: 'installationId',
      afterHoursContacts: '[installationId+identity], installationId',
      afterHoursState: 'installationId',
      timelineCache: '[installationId+identity], savedAt',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/**
 * The versions the database declares to Dexie: each one that moves data (its `upgrade` must run
 * between the versions around it) and the latest, each with every table declared up to it. Dexie
 * reads an installed database's schema from the database itself, so the versions in between need
 * not be declared; declaring them all re-parsed the whole history on every `version()` call, about
 * 5 ms of each wake-up of the service worker.
 */
export function declaredVersions(history: SchemaVersion[] = SCHEMA_VERSIONS): SchemaVersion[] {
  const declared: SchemaVersion[] = [];
  let stores: SchemaVersion['stores'] = {};
  history.forEach((entry, position) => {
    stores = { ...stores, ...entry.stores };
    if (entry.upgrade || position === history.length - 1) declared.push({ ...entry, stores });
  });
  return declared;
}
