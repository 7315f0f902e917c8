/** How long a waking worker waits before its own upkeep. */
const AFTER_WAKE_MS = 1_000;

/**
 * Upkeep a worker does whenever it starts (a sync pass, catching the search index up, the badge,
 * the administrator's policy), begun a moment after it woke: the event that woke it (a panel's
 * call, an alarm) is answered first, with the database and the network to itself.
 */
export function afterWake(work: () => void): void {
  setTimeout(work, AFTER_WAKE_MS);
}
