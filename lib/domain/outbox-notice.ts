import type { OutboxItem } from './outbox-item';

/**
 * How long a write on its way goes unmentioned: most reach Blip well within it, and a notice that
 * comes and goes with every message sent moves the panel under the agent's pointer.
 */
export const QUIET_WRITE_MS = 2_000;

/**
 * The writes the panel mentions now: failed ones, those with a failed attempt, and those waiting
 * longer than QUIET_WRITE_MS; and when the next write still quiet becomes worth mentioning.
 */
export function writesToMention(items: OutboxItem[], now: number): { items: OutboxItem[]; nextAt?: number } {
  const mention = (item: OutboxItem) => item.status === 'failed' || item.lastError !== undefined || item.attempts > 0 || now - item.createdAt >= QUIET_WRITE_MS;
  const quiet = items.filter((item) => !mention(item));
  return { items: items.filter(mention), ...(quiet.length ? { nextAt: Math.min(...quiet.map((item) => item.createdAt)) + QUIET_WRITE_MS } : {}) };
}
