import { useEffect, useRef, useState } from 'preact/hooks';
import { liveQuery } from '../../db/live';
import { getDb } from '../../db/database';
import { queuedTextsTo } from '../../db/outbox';
import type { OutboxItem } from '../../domain/outbox-item';

/** How long a delivered text is still shown as on its way while Blip's list catches up. */
const HOLD_MS = 60_000;

/**
 * The texts typed to this contact that are still in the outbox (sending, or failed), live from
 * IndexedDB, plus the ones just delivered (for the caller to drop once Blip lists them).
 * `onDelivered` runs when one leaves the outbox, so the timeline can show Blip's copy.
 */
export function usePendingTexts(installationId: string, identity: string, onDelivered: () => void): OutboxItem[] {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const delivered = useRef(onDelivered);
  delivered.current = onDelivered;
  useEffect(() => {
    let queued: OutboxItem[] = [];
    let held: Array<{ item: OutboxItem; until: number }> = [];
    const subscription = liveQuery(() => queuedTextsTo(getDb(), installationId, identity)).subscribe({
      next: (next) => {
        const now = Date.now();
        const gone = queued.filter((item) => !next.some((candidate) => candidate.id === item.id));
        // A failed text that left the outbox was discarded by the user, not delivered.
        const sent = gone.filter((item) => item.status !== 'failed');
        held = [...held.filter((entry) => entry.until > now), ...sent.map((item) => ({ item: { ...item, status: 'delivering' as const }, until: now + HOLD_MS }))];
        queued = next;
        setItems([...held.map((entry) => entry.item), ...next]);
        if (sent.length) delivered.current();
      },
    });
    return () => subscription.unsubscribe();
  }, [installationId, identity]);
  return items;
}
