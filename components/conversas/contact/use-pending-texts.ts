import { useEffect, useRef, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { getDb } from '@/lib/db/database';
import type { OutboxItem } from '@/lib/sync/outbox-item';
import { TEXT_MESSAGE, type TextMessagePayload } from '@/lib/background/conversation-service';

/**
 * The texts typed to this contact that are still in the outbox (sending, or failed), live from
 * IndexedDB. `onDelivered` runs when one leaves it, so the timeline can show Blip's copy.
 */
export function usePendingTexts(installationId: string, identity: string, onDelivered: () => void): OutboxItem[] {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const delivered = useRef(onDelivered);
  delivered.current = onDelivered;
  useEffect(() => {
    let count = 0;
    const subscription = liveQuery(() =>
      getDb()
        .outbox.where('installationId')
        .equals(installationId)
        .filter((item) => item.kind === TEXT_MESSAGE && (item.payload as TextMessagePayload).identity === identity)
        .sortBy('createdAt'),
    ).subscribe({
      next: (next) => {
        if (next.length < count) delivered.current();
        count = next.length;
        setItems(next);
      },
    });
    return () => subscription.unsubscribe();
  }, [installationId, identity]);
  return items;
}
