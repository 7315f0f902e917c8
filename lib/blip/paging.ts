import type { Collection } from './lime';
import { pageLength } from './items';

/** Blip caps `$take` at 100 on most endpoints (blip-api.md §2.2). */
export const MAX_TAKE = 100;

/**
 * Walks a `$skip`/`$take` collection page by page. Stops on a short page, on `total`, or at `limit`.
 * Yields whole pages so callers can write each page in one transaction.
 */
export async function* pages<T>(
  fetchPage: (skip: number, take: number) => Promise<Collection<T>>,
  options: { take?: number; limit?: number } = {},
): AsyncGenerator<T[]> {
  const take = options.take ?? MAX_TAKE;
  const limit = options.limit ?? Infinity;
  for (let skip = 0; skip < limit; skip += take) {
    const page = await fetchPage(skip, Math.min(take, limit - skip));
    if (page.items.length > 0) yield page.items;
    // Items left out as unreadable still took their place on the page: paging counts them.
    const length = pageLength(page);
    const reachedTotal = page.total !== undefined && skip + length >= page.total;
    if (length < take || reachedTotal) return;
  }
}

/** Collects every page into one array (for small collections: attendants, categories). */
export async function collectAll<T>(
  fetchPage: (skip: number, take: number) => Promise<Collection<T>>,
  options: { take?: number; limit?: number } = {},
): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages(fetchPage, options)) all.push(...page);
  return all;
}

/** Builds a URI with OData-style query parameters, encoding each value. */
export function withQuery(path: string, query: Record<string, string | number | boolean | undefined>): string {
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
}
