import { useEffect, useState } from 'preact/hooks';
import { rpc } from '../../rpc/client';
import { isSettled, type Delivery } from '../../domain/delivery';

const POLL_MS = 3_000;
/** WhatsApp usually answers within seconds; past this the last state read stays on screen. */
const GIVE_UP_MS = 10 * 60_000;

/** A sent message's delivery, read again every few seconds until it is read or failed (or for ten minutes). */
export function useDelivery(installationId: string, messageId: string | undefined): Delivery | undefined {
  const [delivery, setDelivery] = useState<Delivery>();
  useEffect(() => {
    if (!messageId) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    const read = async () => {
      const next = await rpc('messages.delivery', { installationId, messageId }).catch(() => undefined);
      if (stopped) return;
      if (next) setDelivery(next);
      if ((!next || !isSettled(next)) && Date.now() - started < GIVE_UP_MS) timer = setTimeout(() => void read(), POLL_MS);
    };
    void read();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [installationId, messageId]);
  return delivery;
}
