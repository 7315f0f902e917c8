import { useEffect, useRef, useState } from 'preact/hooks';
import { liveQuery } from '../../db/live';
import { getDb } from '../../db/database';
import { queuedTextsTo } from '../../db/outbox';
import { TEXT_MESSAGE, type OutboxItem } from '../../domain/outbox-item';

/** How long a delivered text is still shown as on its way while Blip's list catches up. */
const HOLD_MS = 60_000;
/** The first wait before reading the conversation again for a delivered text Blip does not list yet; it doubles each time. */
const RECHECK_MS = 1_500;

/** The texts of one conversation that are not in its timeline yet. */
export interface PendingTexts {
  /** Queued or refused texts (live from the outbox), then delivered ones until Blip lists them. */
  items: OutboxItem[];
  /**
   * The composer queued a text (`id` is its outbox and message id). Shown at once: the background may
   * deliver it before this page reads the outbox, and it must not vanish until the timeline lists it.
   */
  track(id: string, text: string): void;
}

/**
 * The texts typed to this contact that the timeline does not list (`listed`) yet. When one leaves
 * the outbox (delivered), `reload` reads the conversation again, and again after 1.5 s, 3 s, 6 s…
 * while Blip does not list it, so it takes its place in the timeline as soon as Blip has it.
 */
export function usePendingTexts(installationId: string, identity: string, listed: ReadonlySet<string>, reload: () => void): PendingTexts {
  const [queue, setQueue] = useState<OutboxItem[]>([]);
  const [held, setHeld] = useState<Array<{ item: OutboxItem; until: number }>>([]);
  const [round, setRound] = useState(0);
  const seen = useRef<OutboxItem[]>([]);
  const reloadRef = useRef(reload);
  reloadRef.current = reload;

  const hold = (items: OutboxItem[]) => {
    const now = Date.now();
    const delivered = items.map((item) => ({ item: { ...item, status: 'delivering' as const }, until: now + HOLD_MS }));
    setHeld((current) => [...current.filter((entry) => entry.until > now && !items.some((item) => item.id === entry.item.id)), ...delivered]);
    setRound(0);
    reloadRef.current();
  };

  useEffect(() => {
    seen.current = [];
    setQueue([]);
    setHeld([]);
    const subscription = liveQuery(() => queuedTextsTo(getDb(), installationId, identity)).subscribe({
      next: (next) => {
        const gone = seen.current.filter((item) => !next.some((candidate) => candidate.id === item.id));
        // A failed text that left the outbox was discarded by the user, not delivered.
        const discarded = gone.filter((item) => item.status === 'failed');
        const sent = gone.filter((item) => item.status !== 'failed');
        seen.current = next;
        setQueue(next);
        if (discarded.length) setHeld((current) => current.filter((entry) => !discarded.some((item) => item.id === entry.item.id)));
        if (sent.length) hold(sent);
      },
    });
    return () => subscription.unsubscribe();
  }, [installationId, identity]);

  const now = Date.now();
  const queued = new Set(queue.map((item) => item.id));
  const waiting = held.filter((entry) => entry.until > now && !queued.has(entry.item.id) && !listed.has(entry.item.id));
  const looking = waiting.length > 0;
  useEffect(() => {
    if (!looking) return;
    const timer = setTimeout(() => {
      setRound((value) => value + 1);
      reloadRef.current();
    }, RECHECK_MS * 2 ** round);
    return () => clearTimeout(timer);
  }, [looking, round]);

  return {
    items: [...waiting.map((entry) => entry.item), ...queue.filter((item) => !listed.has(item.id))],
    track(id, text) {
      if (seen.current.some((item) => item.id === id)) return;
      hold([{ id, installationId, kind: TEXT_MESSAGE, payload: { identity, text }, status: 'delivering', attempts: 0, nextAttemptAt: now, createdAt: now }]);
    },
  };
}
