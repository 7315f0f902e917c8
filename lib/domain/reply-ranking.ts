import type { ReplyUsageRecord } from './reply-records';

const HALF_LIFE_MS = 14 * 86_400_000;

/**
 * "Most used and recent first": each insertion counts, and counts fade by half every two weeks, so
 * a reply used a lot last month gives way to one used daily now. Unused replies keep list order.
 */
export function usageScore(usage: ReplyUsageRecord | undefined, now: number): number {
  if (!usage) return 0;
  return usage.count * 0.5 ** (Math.max(0, now - usage.lastUsedAt) / HALF_LIFE_MS);
}

export function rankByUsage<T extends { id: string }>(items: T[], usage: Map<string, ReplyUsageRecord>, now: number): T[] {
  return items
    .map((item, index) => ({ item, index, score: usageScore(usage.get(item.id), now) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ item }) => item);
}
