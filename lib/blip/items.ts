import { z } from 'zod';

/** A collection page as read: the items that could be read, and how many could not. */
export interface ReadItems<T> {
  total?: number;
  itemType?: string;
  items: T[];
  /** Items on the page that did not have the documented shape: left out, counted. */
  skipped: number;
}

/**
 * `application/vnd.lime.collection+json` read item by item: an item that does not match `item` is
 * left out and counted instead of failing the whole page, so one malformed contact, ticket or
 * message never blocks a sync at the same offset or blanks a list. `total` is sometimes absent
 * (blip-api.md §2.2); a `total` that is not a count is treated as absent.
 */
export function itemByItemCollection<T extends z.ZodType>(item: T) {
  return z
    .object({
      total: z.number().int().nonnegative().optional().catch(undefined),
      itemType: z.string().optional().catch(undefined),
      items: z.array(z.unknown()).nullish(),
    })
    .transform(({ total, itemType, items }): ReadItems<z.infer<T>> => {
      const read: Array<z.infer<T>> = [];
      let skipped = 0;
      for (const raw of items ?? []) {
        const parsed = item.safeParse(raw);
        if (parsed.success) read.push(parsed.data);
        else skipped++;
      }
      return { total, itemType, items: read, skipped };
    });
}

/** How many items Blip put on the page, read or not (what paging counts). */
export function pageLength(page: { items: unknown[]; skipped?: number }): number {
  return page.items.length + (page.skipped ?? 0);
}
