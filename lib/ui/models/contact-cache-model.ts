import { liveSignal } from '../live-signal';

/** The contact cache search reads from, as the background's syncs fill it (live from IndexedDB). */
export function createContactCacheModel() {
  return {
    /** Each number's sync: a first sync's progress, and failures. */
    syncStates: liveSignal('syncStates', []),
    /** The attendant numbers with at least one cached contact (none is the FAQ's "no linked contacts" case). */
    cachedNumbers: liveSignal('cachedNumbers', []),
  };
}

/** The contact cache as the side panel shows it (read-only signals). */
export type ContactCacheModel = ReturnType<typeof createContactCacheModel>;
