import type { ReplyConflictRecord } from '../domain/reply-records';
import type { Database } from './database';
import { tablesOf } from './tables';

// Numbers whose copy of a category changed elsewhere while ours was on its way: the user chooses.

export function listConflicts(db: Database): Promise<ReplyConflictRecord[]> {
  return tablesOf(db).replyConflicts.toArray();
}

/** The conflict of one category on one number. */
export function getConflict(db: Database, categoryId: string, installationId: string): Promise<ReplyConflictRecord | undefined> {
  return tablesOf(db).replyConflicts.get([categoryId, installationId]);
}

/** Records (or replaces) a conflict. */
export async function putConflict(db: Database, conflict: ReplyConflictRecord): Promise<void> {
  await tablesOf(db).replyConflicts.put(conflict);
}

/** The user settled the conflict. */
export async function deleteConflict(db: Database, categoryId: string, installationId: string): Promise<void> {
  await tablesOf(db).replyConflicts.delete([categoryId, installationId]);
}
