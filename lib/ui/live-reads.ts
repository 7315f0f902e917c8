import { getDb, type Database } from '../db/database';
import { liveQuery } from '../db/live';
import { listInstallations } from '../db/installations';
import { readSettings } from '../db/settings';
import { listOutbox } from '../db/outbox';
import { listAbsences } from '../db/absence';
import { hasCachedContacts } from '../db/contact-pages';
import { listSyncStates } from '../db/contact-sync-state';
import { visibleCategories } from '../db/reply-categories';
import { listConflicts } from '../db/reply-conflicts';
import { listAlertRules, listAlertStatuses } from '../db/alerts';
import { readSetting } from '../db/settings';

/**
 * Every database read a page's models follow, by name. This module (and Dexie with it) is loaded
 * after the page has painted: models name a read, `liveSignal` loads and follows it.
 */
export const LIVE_READS = {
  installations: listInstallations,
  settings: readSettings,
  outbox: listOutbox,
  absences: listAbsences,
  syncStates: listSyncStates,
  /** The attendant numbers with at least one cached contact (none is the FAQ's "no linked contacts" case). */
  cachedNumbers: async (db: Database) => {
    const ids = (await listInstallations(db)).filter((installation) => installation.role === 'attendant').map((installation) => installation.id);
    const cached = await Promise.all(ids.map((id) => hasCachedContacts(db, id)));
    return ids.filter((_, index) => cached[index]);
  },
  replyCategories: visibleCategories,
  replyConflicts: listConflicts,
  alertRules: listAlertRules,
  alertStatuses: listAlertStatuses,
  /** What a clicked notification asked the side panel to show. */
  panelRequest: (db: Database) => readSetting(db, 'panelRequest'),
} satisfies Record<string, (db: Database) => Promise<unknown>>;

export type LiveReadName = keyof typeof LIVE_READS;
export type LiveReadValue<K extends LiveReadName> = Awaited<ReturnType<(typeof LIVE_READS)[K]>>;

/** Runs a read now and again whenever a table it read changes (in any context). Returns the unsubscribe. */
export function followRead<K extends LiveReadName>(name: K, next: (value: LiveReadValue<K>) => void): () => void {
  const read = LIVE_READS[name] as (db: Database) => Promise<LiveReadValue<K>>;
  const subscription = liveQuery(() => read(getDb())).subscribe({ next, error: (error) => console.error(`live read ${name} failed`, error) });
  return () => subscription.unsubscribe();
}
