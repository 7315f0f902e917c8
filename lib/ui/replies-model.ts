import { getDb } from '../db/database';
import type { ReplyCategoryRecord, ReplyConflictRecord } from '../domain/reply-records';
import { liveSignal } from './live-signal';

let shared: ReturnType<typeof create> | undefined;

function create() {
  const db = getDb();
  return {
    categories: liveSignal<ReplyCategoryRecord[]>(async () => (await db.replyCategories.orderBy('position').toArray()).filter((category) => !category.deleted), []),
    conflicts: liveSignal<ReplyConflictRecord[]>(() => db.replyConflicts.toArray(), []),
  };
}

/** The local copy of the ready replies and their conflicts, live from IndexedDB (one per page). */
export function getRepliesModel() {
  shared ??= create();
  return shared;
}
