import { getDb } from '../db/database';
import { visibleCategories } from '../db/reply-categories';
import { listConflicts } from '../db/reply-conflicts';
import type { ReplyCategoryRecord, ReplyConflictRecord } from '../domain/reply-records';
import { liveSignal } from './live-signal';

let shared: ReturnType<typeof create> | undefined;

function create() {
  const db = getDb();
  return {
    categories: liveSignal<ReplyCategoryRecord[]>(() => visibleCategories(db), []),
    conflicts: liveSignal<ReplyConflictRecord[]>(() => listConflicts(db), []),
  };
}

/** The local copy of the ready replies and their conflicts, live from IndexedDB (one per page). */
export function getRepliesModel() {
  shared ??= create();
  return shared;
}
