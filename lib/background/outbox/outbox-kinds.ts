import type { OutboxHandler } from './outbox-runner';
import { ABSENCE_WRITE, AFTER_HOURS_SENT, REPLIES_PUT, TEMPLATE_MESSAGE, TEXT_MESSAGE, type OutboxItem } from '../../domain/outbox-item';
import type { Services } from '../services';

/** What the outbox does with one kind of write: deliver it, and tidy local state after. */
export interface OutboxKind {
  deliver: OutboxHandler;
  /** After Blip accepted it (e.g. clear a "pending" mark). */
  delivered?: (item: OutboxItem) => Promise<void>;
  /** After the user discarded a failed write (e.g. restore Blip's copy). */
  discarded?: (item: OutboxItem) => Promise<void>;
}

/** Every kind of queued write; one entry per feature. Labels: `outbox.kind.{kind}` in i18n. */
export function outboxKinds(services: Services): Record<string, OutboxKind> {
  return {
    [AFTER_HOURS_SENT]: { deliver: services.afterHours.deliver },
    [TEXT_MESSAGE]: { deliver: services.conversation.deliverText },
    [TEMPLATE_MESSAGE]: { deliver: services.templates.deliver },
    // A discarded write leaves that number's copy as it was; reading it again takes in what changed there.
    [REPLIES_PUT]: { deliver: services.repliesSync.deliver, discarded: (item) => services.repliesSync.pull(item.installationId) },
    [ABSENCE_WRITE]: {
      deliver: services.absence.deliver,
      delivered: (item) => services.absence.delivered(item),
      discarded: (item) => services.absence.refresh(item.installationId),
    },
  };
}
