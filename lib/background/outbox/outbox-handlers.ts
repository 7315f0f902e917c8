import type { Services } from '../services';
import { retryOutbox } from './outbox-runner';
import { outboxKinds } from './outbox-kinds';
import type { RpcHandlers } from '../../rpc/dispatcher';

export function outboxHandlers(services: Services): Pick<RpcHandlers, 'outbox.retry' | 'outbox.discard'> {
  return {
    'outbox.retry': async ({ ids }) => {
      await retryOutbox(services.db, ids);
      services.kickOutbox();
    },
    'outbox.discard': async ({ id }) => {
      const item = await services.db.outbox.get(id);
      if (!item || item.status === 'delivering') return;
      await services.db.outbox.delete(id);
      // Restore the number's copy from Blip so the screen shows what customers really get.
      await outboxKinds(services)[item.kind]?.discarded?.(item).catch(() => undefined);
    },
  };
}
