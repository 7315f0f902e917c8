import type { SandboxStore, SandboxThreadMessage } from '../store';
import { statusOf, type SentMessage } from './delivery';

/** Every message sent through `POST /messages` on any bot, by id. */
function sentIndex(store: SandboxStore): Map<string, SentMessage> {
  const index = new Map<string, SentMessage>();
  for (const bot of store.bots.values()) for (const message of bot.messages) index.set(message.id, message);
  return index;
}

/**
 * Thread items as Blip lists them: a message the bot sent carries its last notification event as
 * `status` (and WhatsApp's `reason` when it failed), read at the sandbox's clock.
 */
export function withDeliveryStatus(store: SandboxStore, items: SandboxThreadMessage[]): SandboxThreadMessage[] {
  const sent = sentIndex(store);
  const now = store.clock();
  return items.map((item) => {
    const message = item.direction === 'sent' ? sent.get(item.id) : undefined;
    return message ? { ...item, ...statusOf(message, now, store.deliveryStepMs) } : item;
  });
}
