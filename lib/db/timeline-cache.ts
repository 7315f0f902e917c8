import type { ThreadMessage } from '../domain/ticket';
import type { Database } from './database';
import { tablesOf } from './tables';

/** Contacts whose newest page is kept (the ones opened last). */
const KEPT = 200;

/** A contact's newest timeline page as last read, shown at once the next time it is opened. */
export interface CachedTimeline {
  installationId: string;
  identity: string;
  messages: ThreadMessage[];
  hasMore: boolean;
  cursor?: string;
  savedAt: number;
}

export function getCachedTimeline(db: Database, installationId: string, identity: string): Promise<CachedTimeline | undefined> {
  return tablesOf(db).timelineCache.get([installationId, identity]);
}

/** Keeps a contact's newest page, and only the pages of the contacts opened last. */
export async function putCachedTimeline(db: Database, page: CachedTimeline): Promise<void> {
  const { timelineCache } = tablesOf(db);
  await tablesOf(db).transaction('rw', timelineCache, async () => {
    await timelineCache.put(page);
    const extra = (await timelineCache.count()) - KEPT;
    if (extra > 0) await timelineCache.orderBy('savedAt').limit(extra).delete();
  });
}
