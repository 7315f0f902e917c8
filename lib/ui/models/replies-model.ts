import { getDb } from '../../db/database';
import { visibleCategories } from '../../db/reply-categories';
import { listConflicts } from '../../db/reply-conflicts';
import type { ReplyCategoryRecord, ReplyConflictRecord } from '../../domain/reply-records';
import { liveSignal } from '../live-signal';

/** The local copy of the ready replies and their conflicts, live from IndexedDB. Edits go through RPC. */
export function createRepliesModel() {
  const db = getDb();
  return {
    categories: liveSignal<ReplyCategoryRecord[]>(() => visibleCategories(db), []),
    conflicts: liveSignal<ReplyConflictRecord[]>(() => listConflicts(db), []),
  };
}

/** The ready replies as the Respuestas section shows them (read-only signals). */
export type RepliesModel = ReturnType<typeof createRepliesModel>;
