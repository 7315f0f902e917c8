import Dexie, { type Table } from 'dexie';
import type { Installation, InstallationSecret } from '../domain/installation';
import type { DeliveredWrite, OutboxItem } from '../domain/outbox-item';
import type { AbsenceRecord } from '../domain/absence';
import type { ContactPageRecord, ContactSyncState } from '../domain/contact';
import type { BusinessHours } from '../domain/business-hours';
import type { AfterHoursContactRecord, AfterHoursState } from '../domain/after-hours';
import type { ReplyCategoryRecord, ReplyConflictRecord, ReplyUsageRecord } from '../domain/reply-records';
import type { AlertRule, AlertStatus } from '../domain/alerts';
import type { Reminder, ScheduledMessage } from '../domain/callbacks';
import type { Timings } from '../domain/trends';
import type { Database, databaseBrand } from './database';
import type { IndexBytesRecord, IndexProgress, IndexSegmentMeta } from './search-index';
import type { CachedTimeline } from './timeline-cache';
import { declaredVersions } from './schema';

/** A row of the `settings` table (typed by `Settings` in settings.ts). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** One day's timings of a number, as the report gave them, kept once the day is over. */
export interface ReportDayRecord {
  installationId: string;
  day: string;
  timings: Timings;
  fetchedAt: number;
}

/**
 * The Dexie database and its typed tables. Only the repositories of lib/db use it; every other
 * folder holds a `Database` handle and calls them.
 */
export class CompanionDb extends Dexie {
  declare readonly [databaseBrand]: true;
  installations!: Table<Installation, string>;
  secrets!: Table<InstallationSecret, string>;
  settings!: Table<SettingRecord, string>;
  outbox!: Table<OutboxItem, string>;
  deliveredWrites!: Table<DeliveredWrite, string>;
  absence!: Table<AbsenceRecord, string>;
  contactPages!: Table<ContactPageRecord, [string, number]>;
  contactSync!: Table<ContactSyncState, string>;
  businessHours!: Table<{ installationId: string; hours: BusinessHours }, string>;
  afterHoursSent!: Table<{ installationId: string; identity: string; sentAt: number }, [string, string]>;
  replyCategories!: Table<ReplyCategoryRecord, string>;
  replyConflicts!: Table<ReplyConflictRecord, [string, string]>;
  replyUsage!: Table<ReplyUsageRecord, string>;
  alertRules!: Table<AlertRule, string>;
  alertStatus!: Table<AlertStatus, string>;
  reminders!: Table<Reminder, string>;
  scheduledMessages!: Table<ScheduledMessage, string>;
  reportDays!: Table<ReportDayRecord, [string, string]>;
  indexSegments!: Table<IndexSegmentMeta, number>;
  indexBytes!: Table<IndexBytesRecord, number>;
  indexProgress!: Table<IndexProgress, string>;
  afterHoursContacts!: Table<AfterHoursContactRecord, [string, string]>;
  afterHoursState!: Table<AfterHoursState, string>;
  timelineCache!: Table<CachedTimeline, [string, string]>;

  constructor(name: string) {
    super(name);
    for (const { version, stores, upgrade } of declaredVersions()) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/** The tables behind a handle (every handle is a `CompanionDb`). */
export function tablesOf(db: Database): CompanionDb {
  return db as CompanionDb;
}
