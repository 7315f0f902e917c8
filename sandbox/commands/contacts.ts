import { collection, failure, notFound, ok, page } from '../lime-reply';
import { parseFilter, type Predicate } from '../odata-filter';
import type { SandboxContact } from '../data/contacts';
import type { Route } from './router';

const CONTACT_TYPE = 'application/vnd.lime.contact+json';
/** With `$filter`, Blip refuses `$skip + $take` above 10000 (blip-api.md §4.2). */
const FILTERED_WINDOW = 10_000;

/** CRM contacts (blip-api.md §4): `$filter`, `$orderby`, `$skip`/`$take` with Blip's caps. */
export const contactRoutes: Route[] = [
  {
    to: 'postmaster@crm.msging.net',
    method: 'get',
    path: /^\/contacts$/,
    handle: ({ bot, query }) => {
      const filterText = query.get('$filter');
      let predicate: Predicate | undefined;
      try {
        predicate = filterText ? parseFilter(filterText) : undefined;
      } catch (error) {
        return failure(64, `Invalid $filter: ${(error as Error).message}`);
      }
      if (predicate && Number(query.get('$skip') ?? 0) + Number(query.get('$take') ?? 100) > FILTERED_WINDOW) {
        return failure(64, `The sum of skip and take parameters can not be greater than ${FILTERED_WINDOW} when a filter is used`);
      }
      const matching = predicate ? bot.contacts.filter((contact) => predicate(contact as unknown as Record<string, unknown>)) : bot.contacts;
      const ordered = sortContacts(matching, query.get('$orderby'));
      if (ordered === undefined) return failure(64, 'Invalid $orderby');
      const { items, error } = page(ordered, query, { maxTake: 30_000, defaultTake: 100 });
      return error ?? collection(items, CONTACT_TYPE, ordered.length);
    },
  },
  {
    to: 'postmaster@crm.msging.net',
    method: 'get',
    path: /^\/contacts\/(?<identity>[^/]+)$/,
    handle: ({ bot, params }) => {
      const contact = bot.contacts.find((candidate) => candidate.identity === params.identity);
      return contact ? ok(contact, CONTACT_TYPE) : notFound();
    },
  },
];

const SORTABLE: Record<string, keyof SandboxContact> = { lastmessagedate: 'lastMessageDate', name: 'name', identity: 'identity' };

/** `field [asc|desc]`; contacts without the field go last. Undefined for an unknown field. */
function sortContacts(contacts: SandboxContact[], orderBy: string | null): SandboxContact[] | undefined {
  if (!orderBy) return contacts;
  const [rawField = '', direction = 'asc'] = orderBy.trim().split(/\s+/);
  const field = SORTABLE[rawField.toLowerCase()];
  if (!field || !['asc', 'desc'].includes(direction.toLowerCase())) return undefined;
  const sign = direction.toLowerCase() === 'desc' ? -1 : 1;
  return [...contacts].sort((a, b) => {
    const [left, right] = [a[field] as string | undefined, b[field] as string | undefined];
    if (!left || !right) return left ? -1 : right ? 1 : 0;
    return sign * left.localeCompare(right);
  });
}
