import Dexie, { type Table } from 'dexie';
import type { Installation, InstallationSecret } from '../domain/installation';
import type { OutboxItem } from '../domain/outbox-item';
import type { AbsenceRecord } from '../domain/absence';
import type { ContactPageRecord, ContactSyncState } from '../domain/contact';
import { SCHEMA_VERSIONS } from './schema';
import type { BusinessHours } from '../domain/business-hours';
import type { ReplyCategoryRecord, ReplyConflictRecord, ReplyUsageRecord } from '../domain/reply-records';

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The extension's IndexedDB database. Opened by the background and read (liveQuery) by the pages. */
export class CompanionDb extends Dexie {
  installations!: Table<Installation, string>;
  secrets!: Table<InstallationSecret, string>;
  settings!: Table<SettingRecord, string>;
  outbox!: Table<OutboxItem, string>;
  absence!: Table<AbsenceRecord, string>;
  contactPages!: Table<ContactPageRecord, [string, number]>;
  contactSync!: Table<ContactSyncState, string>;
  businessHours!: Table<{ installationId: string; hours: BusinessHours }, string>;
  afterHoursSent!: Table<{ installationId: string; identity: string; sentAt: number }, [string, string]>;
  replyCategories!: Table<ReplyCategoryRecord, string>;
  replyConflicts!: Table<ReplyConflictRecord, [string, string]>;
  replyUsage!: Table<ReplyUsageRecord, string>;

  constructor(name = 'asistencia-companion') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

let shared: CompanionDb | undefined;

/** The one database handle of this context. */
export function getDb(): CompanionDb {
  shared ??= new CompanionDb();
  return shared;
}
