import type { ContactPageRecord, ContactSyncState } from '../domain/contact';
import type { Database } from './database';
import { tablesOf } from './tables';

// Where each number's contact sync stands (the cached contacts themselves are in contact-pages.ts).

export function getSyncState(db: Database, installationId: string): Promise<ContactSyncState | undefined> {
  return tablesOf(db).contactSync.get(installationId);
}

/** The states of the given numbers, in their order (undefined for a number that never synced). */
export function getSyncStates(db: Database, installationIds: string[]): Promise<Array<ContactSyncState | undefined>> {
  return tablesOf(db).contactSync.bulkGet(installationIds);
}

/** Every number's sync state. */
export function listSyncStates(db: Database): Promise<ContactSyncState[]> {
  return tablesOf(db).contactSync.toArray();
}

/** Records where a number's sync stands. */
export async function putSyncState(db: Database, state: ContactSyncState): Promise<void> {
  await tablesOf(db).contactSync.put(state);
}

/** A page of contacts (if any) and the progress that includes it, in one transaction: a stopped sync resumes after it. */
export async function saveSyncPage(db: Database, page: ContactPageRecord | undefined, state: ContactSyncState): Promise<void> {
  const { contactPages, contactSync } = tablesOf(db);
  await tablesOf(db).transaction('rw', contactPages, contactSync, async () => {
    if (page) await contactPages.put(page);
    await contactSync.put(state);
  });
}
