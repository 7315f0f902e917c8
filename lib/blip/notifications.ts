import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema } from './lime';
import { withQuery } from './paging';
import { reasonSchema } from './tickets';
import { deliveryFromEvents, type Delivery } from '../domain/delivery';

/** `application/vnd.lime.notification+json`: one event of a message, `reason` when it failed. */
export const notificationSchema = lazySchema(() => z.object({
  id: z.string(),
  from: z.string().nullish(),
  to: z.string().nullish(),
  event: z.string(),
  reason: reasonSchema.nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
}));

export type BlipNotification = z.infer<typeof notificationSchema>;

const notificationsPage = lazySchema(() => collectionSchema(notificationSchema));

/**
 * The logged notifications of one sent message (docs: "Get notifications of a message"). Blip keeps
 * them three days; an older message has none.
 */
export async function notificationsOf(transport: BlipTransport, messageId: string): Promise<BlipNotification[]> {
  const page = await transport.command({ to: ADDRESS.postmaster, method: 'get', uri: withQuery('/notifications', { id: messageId, $take: 100 }) }, notificationsPage);
  return page.items.filter((item) => item.id === messageId);
}

/** Where one sent message stands, from its logged notifications. */
export async function deliveryOf(transport: BlipTransport, messageId: string): Promise<Delivery> {
  return deliveryFromEvents(await notificationsOf(transport, messageId));
}
