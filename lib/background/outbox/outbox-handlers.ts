import type { Services } from '../services';
import { discardOutboxItem, retryOutbox } from '../../db/outbox';
import { outboxKinds } from './outbox-kinds';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** The user's retry and discard of queued writes. */
export function outboxHandlers(services: Services): Pick<RpcHandlers, 'outbox.retry' | 'outbox.discard'> {
  return {
    'outbox.retry': async ({ ids }) => {
      await retryOutbox(services.db, ids);
      services.kickOutbox();
    },
    'outbox.discard': async ({ id }) => {
      const item = await discardOutboxItem(services.db, id);
      if (!item) return;
      // Restore the number's copy from Blip so the screen shows what customers really get.
      await outboxKinds(services)[item.kind]?.discarded?.(item).catch(() => undefined);
    },
  };
}
