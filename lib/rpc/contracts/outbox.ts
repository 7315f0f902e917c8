import { z } from 'zod';
import { method } from '../define';

export const outboxContract = {
  /** Tries pending and failed writes now (all, or the given ones). */
  'outbox.retry': method<void>()(() => z.object({ ids: z.array(z.string()).optional() })),
  /** Drops a failed write and restores the number's copy from Blip. */
  'outbox.discard': method<void>()(() => z.object({ id: z.string() })),
};
