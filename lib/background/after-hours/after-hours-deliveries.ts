import type { BlipTransport } from '../../blip/transport';
import { lastTemplateSent } from '../../blip/threads';
import type { ActiveDelivery, AfterHoursContactRecord } from '../../domain/after-hours';
import { deliveryFromEvents, isSettled } from '../../domain/delivery';

const DAY = 86_400_000;
/** Deliveries looked at again per reading, and how soon the same one is looked at again: a handful of calls per opening. */
const RECHECKS_PER_READING = 2;
const RECHECK_EVERY_MS = 60_000;

/**
 * A few kept contacts whose active message of the last day is not read or failed yet (the ones
 * looked at longest ago), with its delivery as the thread shows it now.
 */
export async function deliveriesMovedOn(transport: BlipTransport, records: AfterHoursContactRecord[], now: number): Promise<AfterHoursContactRecord[]> {
  const lastLook = (active: ActiveDelivery) => active.checkedAt ?? active.at;
  const pending = records
    .filter(({ activeDelivery: active }) => active && now - active.at < DAY && now - lastLook(active) >= RECHECK_EVERY_MS && !isSettled(deliveryFromEvents([{ event: active.status, reason: active.reason }])))
    .sort((a, b) => lastLook(a.activeDelivery!) - lastLook(b.activeDelivery!))
    .slice(0, RECHECKS_PER_READING);
  const read = await Promise.all(
    pending.map(async (record): Promise<AfterHoursContactRecord | undefined> => {
      const known = record.activeDelivery!;
      const look = await lastTemplateSent(transport, record.identity, known.at, now).then((message) => ({ message }), () => undefined);
      // Blip did not answer: looked at again next time.
      if (!look) return undefined;
      const { message } = look;
      const moved = message !== undefined && message.status !== known.status;
      return { ...record, activeDelivery: moved ? { at: Date.parse(message.date), status: message.status, reason: message.reason, checkedAt: now } : { ...known, checkedAt: now } };
    }),
  );
  return read.filter((record) => record !== undefined);
}
