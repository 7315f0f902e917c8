import type { Database } from '../../db/database';
import { liveQuery } from '../../db/live';
import { listSyncStates } from '../../db/contact-sync-state';
import { listIndexProgress } from '../../db/search-index';
import { IndexWriter } from '../../search/index-writer';

/**
 * Keeps the stored search index up to the contact cache: whenever a sync writes pages (its
 * progress changes), a panel asks for a number to be indexed again, and when the worker starts.
 * The panels only read the index.
 */
export function startSearchIndex(db: Database): void {
  const writer = new IndexWriter(db);
  liveQuery(async () => [await listSyncStates(db), await listIndexProgress(db)]).subscribe({
    next: () => void writer.catchUp().catch((error: unknown) => console.error('search index update failed', error)),
    error: (error) => console.error('search index watch failed', error),
  });
}
