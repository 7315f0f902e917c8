import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import { itemByItemCollection } from './items';

/** LIME command methods (blip-api.md §2.1). */
export type CommandMethod = 'get' | 'set' | 'merge' | 'delete';

export interface CommandRequest {
  /** Envelope id; reused as the idempotency key when a write is retried from the outbox. */
  id?: string;
  to?: string;
  method: CommandMethod;
  uri: string;
  type?: string;
  resource?: unknown;
}

/** The reply envelope of `POST /commands`; `resource` is validated separately by the caller's schema. */
export const commandResponseSchema = lazySchema(() => z.object({
  id: z.string().optional(),
  method: z.string().optional(),
  status: z.enum(['success', 'failure']),
  type: z.string().optional(),
  resource: z.unknown().optional(),
  reason: z
    .object({ code: z.number().optional(), description: z.string().optional() })
    .optional(),
}));

export type CommandResponse = z.infer<typeof commandResponseSchema>;

/**
 * `application/vnd.lime.collection+json`, read item by item (items.ts): a malformed item is left
 * out and counted in `skipped`. `total` is sometimes absent (blip-api.md §2.2).
 */
export const collectionSchema = itemByItemCollection;

export type Collection<T> = { total?: number; itemType?: string; items: T[]; skipped?: number };

export const COLLECTION_TYPE = 'application/vnd.lime.collection+json';

/** Extension addresses (blip-api.md §3.1). */
export const ADDRESS = {
  postmaster: 'postmaster@msging.net',
  crm: 'postmaster@crm.msging.net',
  desk: 'postmaster@desk.msging.net',
  whatsapp: 'postmaster@wa.gw.msging.net',
  scheduler: 'postmaster@scheduler.msging.net',
} as const;

/** LIME reason 67: "The requested resource was not found". */
export const REASON_NOT_FOUND = 67;
