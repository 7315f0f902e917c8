import { getDb } from '../../db/database';
import { hasCachedContacts } from '../../db/contact-pages';
import { listSyncStates } from '../../db/contact-sync-state';
import { listInstallations } from '../../db/installations';
import type { ContactSyncState } from '../../domain/contact';
import { liveSignal } from '../live-signal';

/** The contact cache search reads from, as the background's syncs fill it (live from IndexedDB). */
export function createContactCacheModel() {
  const db = getDb();
  return {
    /** Each number's sync: a first sync's progress, and failures. */
    syncStates: liveSignal<ContactSyncState[]>(() => listSyncStates(db), []),
    /** The attendant numbers with at least one cached contact (none is the FAQ's "no linked contacts" case). */
    cachedNumbers: liveSignal<string[]>(async () => {
      const ids = (await listInstallations(db)).filter((installation) => installation.role === 'attendant').map((installation) => installation.id);
      const cached = await Promise.all(ids.map((id) => hasCachedContacts(db, id)));
      return ids.filter((_, index) => cached[index]);
    }, []),
  };
}

/** The contact cache as the side panel shows it (read-only signals). */
export type ContactCacheModel = ReturnType<typeof createContactCacheModel>;
