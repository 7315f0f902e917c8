import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS, COLLECTION_TYPE, collectionSchema } from './lime';
import { collectAll, withQuery } from './paging';
import type { ReplyCategory } from '../domain/replies';

/** Desk ready replies (blip-api.md §12): categories, each a collection of custom replies. */
export const CUSTOM_REPLY_TYPE = 'application/vnd.iris.desk.custom-reply+json';

export const categorySummarySchema = lazySchema(() => z.object({ id: z.string().min(1), category: z.string().nullish() }));

export const customReplySchema = lazySchema(() => z.object({
  id: z.string().min(1),
  category: z.string().nullish(),
  name: z.string(),
  document: z.string(),
  type: z.string().nullish(),
  isDynamicContent: z.boolean().nullish(),
}));

/** Every category id on the bot, with its name (ours and the portal's). */
export function listReplyCategories(transport: BlipTransport): Promise<Array<z.infer<typeof categorySummarySchema>>> {
  return collectAll((skip, take) =>
    transport.command({ to: ADDRESS.desk, method: 'get', uri: withQuery('/replies', { $skip: skip, $take: take }) }, collectionSchema(categorySummarySchema)),
  );
}

/** One category as the module shows it: text replies only (templates stored as replies are left out). */
export async function getReplyCategory(transport: BlipTransport, id: string, fallbackName = ''): Promise<ReplyCategory> {
  const items = await collectAll((skip, take) =>
    transport.command({ to: ADDRESS.desk, method: 'get', uri: withQuery(`/replies/${encodeURIComponent(id)}`, { $skip: skip, $take: take }) }, collectionSchema(customReplySchema)),
  );
  const texts = items.filter((item) => !item.isDynamicContent && (item.type ?? 'text/plain') === 'text/plain');
  return {
    id,
    name: items[0]?.category ?? fallbackName,
    replies: texts.map((item) => ({ id: item.id, title: item.name, text: item.document })),
  };
}

/** Creates or replaces a category with its replies; the envelope id makes a repeat the same write. */
export async function putReplyCategory(transport: BlipTransport, category: ReplyCategory, commandId?: string): Promise<void> {
  await transport.command(
    {
      id: commandId,
      to: ADDRESS.desk,
      method: 'set',
      uri: `/replies/${encodeURIComponent(category.id)}`,
      type: COLLECTION_TYPE,
      resource: {
        itemType: CUSTOM_REPLY_TYPE,
        items: category.replies.map((reply) => ({ id: reply.id, category: category.name, name: reply.title, document: reply.text, type: 'text/plain', isDynamicContent: false })),
      },
    },
    z.unknown(),
  );
}

export async function deleteReplyCategory(transport: BlipTransport, id: string, commandId?: string): Promise<void> {
  await transport.command({ id: commandId, to: ADDRESS.desk, method: 'delete', uri: `/replies/${encodeURIComponent(id)}` }, z.unknown());
}
