import { collection, failure, type LimeReply } from './lime-reply';

/**
 * How each endpoint answers when it has nothing to list. The docs show `items: []` (without `total`)
 * for a customer without closed tickets; live probes (blip-api.md, 3P-PROBE) saw `items: []` for a
 * thread without messages and for a router's tickets, and reason 67 for a user without contexts and
 * for Desk lists asked of a bot without Desk. Everything else answers an empty collection.
 */
export const EMPTY_AS_NOT_FOUND: Record<string, string> = {
  contexts: "There's no stored contexts for the current owner",
  'desk-without-attendance': 'The requested resource was not found',
};

/** A collection, or the endpoint's documented "nothing here" when it is empty. */
export function listOrEmpty<T>(items: T[], itemType: string, total: number | undefined, emptyAs?: keyof typeof EMPTY_AS_NOT_FOUND): LimeReply {
  if (items.length === 0 && total === 0 && emptyAs) return failure(67, EMPTY_AS_NOT_FOUND[emptyAs]!);
  return collection(items, itemType, total);
}
