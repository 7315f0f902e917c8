import type { ReplyUsageRecord } from '../domain/reply-records';
import type { Database } from './database';
import { tablesOf } from './tables';

// How often and how lately the agent inserted each reply (the desk palette's order).

export function listReplyUsage(db: Database): Promise<ReplyUsageRecord[]> {
  return tablesOf(db).replyUsage.toArray();
}

/** Counts one insertion. */
export async function recordReplyUse(db: Database, replyId: string, now: number): Promise<void> {
  const { replyUsage } = tablesOf(db);
  await tablesOf(db).transaction('rw', replyUsage, async () => {
    const current = await replyUsage.get(replyId);
    await replyUsage.put({ replyId, count: (current?.count ?? 0) + 1, lastUsedAt: now });
  });
}
