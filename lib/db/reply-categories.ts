import type { ReplyCategoryRecord } from '../domain/reply-records';
import type { Database } from './database';
import { tablesOf } from './tables';
import { keyOf, usable } from './checked-read';
import { checkCategory } from './valid-records';
import { outboxTables } from './outbox';

// The local copy of the ready-reply categories (the one list the agent sees), their conflicts
// (reply-conflicts.ts) and how often each reply is used (reply-usage.ts).

/**
 * Runs `work` as one transaction over the ready replies, their conflicts, the outbox and the numbers:
 * an edit and the writes that carry it to every number happen together or not at all. Call this
 * folder's repository functions inside.
 */
export function inRepliesTransaction<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const { replyCategories, replyConflicts, installations } = tablesOf(db);
  return tablesOf(db).transaction('rw', [replyCategories, replyConflicts, installations, ...outboxTables(db)], work);
}

const checked = (rows: unknown[]) => usable('replyCategories', rows, checkCategory, keyOf('id'));

/**
 * Every category, deleted ones (still to be deleted on some number) included. One whose replies
 * cannot be read is left out, so the next pull takes its copy from the numbers in its place.
 */
export async function listCategories(db: Database): Promise<ReplyCategoryRecord[]> {
  return checked(await tablesOf(db).replyCategories.toArray());
}

/** The categories the agent sees, in the list's order (sorted here: an older record may lack a position). */
export async function visibleCategories(db: Database): Promise<ReplyCategoryRecord[]> {
  return (await listCategories(db)).filter((category) => !category.deleted).sort((a, b) => a.position - b.position);
}

/** One category, deleted or not. */
export async function getCategory(db: Database, id: string): Promise<ReplyCategoryRecord | undefined> {
  return checked([await tablesOf(db).replyCategories.get(id)].filter(Boolean))[0];
}

/** How many categories the local copy has (deleted ones included). */
export function countCategories(db: Database): Promise<number> {
  return tablesOf(db).replyCategories.count();
}

/** Stores a category as given. */
export async function putCategory(db: Database, record: ReplyCategoryRecord): Promise<void> {
  await tablesOf(db).replyCategories.put(record);
}

/** Changes some fields of a category. */
export async function updateCategory(db: Database, id: string, changes: Partial<Omit<ReplyCategoryRecord, 'id'>>): Promise<void> {
  await tablesOf(db).replyCategories.update(id, changes);
}

/** Forgets a category for good (once every number has deleted it too). */
export async function deleteCategory(db: Database, id: string): Promise<void> {
  await tablesOf(db).replyCategories.delete(id);
}
