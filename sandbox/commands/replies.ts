import { collection, failure, notFound, ok, page, type LimeReply } from '../lime-reply';
import type { SandboxReply } from '../store';
import type { Route } from './router';

const DESK = 'postmaster@desk.msging.net';
const COLLECTION = 'application/vnd.lime.collection+json';
const CUSTOM_REPLY = 'application/vnd.iris.desk.custom-reply+json';

/** Desk ready replies (blip-api.md §12): list categories, read, create/replace and delete one. */
export const replyRoutes: Route[] = [
  {
    to: DESK,
    method: 'get',
    path: /^\/replies$/,
    handle: ({ bot, query }) => {
      const all = [...bot.replies.values()].map(({ id, category }) => ({ id, category, isDynamicContent: false }));
      const { items, error } = page(all, query, { defaultTake: 100 });
      return error ?? collection(items, CUSTOM_REPLY, all.length);
    },
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/replies\/(?<id>[^/]+)$/,
    handle: ({ bot, params, query }) => {
      const category = bot.replies.get(params.id!);
      if (!category) return notFound();
      // Paged like Blip's other collections: 20 replies unless $take says otherwise.
      const { items, error } = page(category.items, query);
      return error ?? collection(items, CUSTOM_REPLY, category.items.length);
    },
  },
  {
    to: DESK,
    method: 'set',
    path: /^\/replies\/(?<id>[^/]+)$/,
    handle: ({ bot, params, command }) => {
      const parsed = parseCategory(command.type, command.resource);
      if ('status' in parsed) return parsed;
      const id = params.id!;
      const previous = bot.replies.get(id);
      const name = parsed.items[0]?.category ?? parsed.category ?? previous?.category ?? id;
      // Map.set on an existing key keeps its place, so a replaced category keeps its creation order.
      bot.replies.set(id, { id, category: name, items: parsed.items, updatedAt: new Date().toISOString() });
      return ok();
    },
  },
  {
    to: DESK,
    method: 'delete',
    path: /^\/replies\/(?<id>[^/]+)$/,
    handle: ({ bot, params }) => {
      bot.replies.delete(params.id!);
      return ok();
    },
  },
];

/** Checks a `set /replies/{id}` body; answers reason 21 (validation) when it is not a custom-reply collection. */
function parseCategory(type: string | undefined, resource: unknown): { items: SandboxReply[]; category?: string } | LimeReply {
  if (type !== COLLECTION) return failure(21, `Expected type ${COLLECTION}`);
  const body = resource as { itemType?: unknown; items?: unknown; category?: unknown } | undefined;
  if (!body || typeof body !== 'object' || !Array.isArray(body.items)) return failure(21, 'The resource must be a collection with items');
  if (body.itemType !== undefined && body.itemType !== CUSTOM_REPLY) return failure(21, `Expected itemType ${CUSTOM_REPLY}`);
  const items: SandboxReply[] = [];
  for (const [index, raw] of (body.items as unknown[]).entries()) {
    const item = (raw ?? {}) as Partial<Record<keyof SandboxReply, unknown>>;
    const missing = (['id', 'category', 'name', 'document'] as const).filter((field) => typeof item[field] !== 'string');
    if (missing.length) return failure(21, `Item ${index} needs string ${missing.join(', ')}`);
    if (item.type !== undefined && typeof item.type !== 'string') return failure(21, `Item ${index} has a non-string type`);
    items.push({
      id: item.id as string,
      category: item.category as string,
      name: item.name as string,
      document: item.document as string,
      type: (item.type as string | undefined) ?? 'text/plain',
      isDynamicContent: item.isDynamicContent === true,
    });
  }
  return { items, category: typeof body.category === 'string' ? body.category : undefined };
}
