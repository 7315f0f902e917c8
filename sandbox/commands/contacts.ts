import { collection, failure, notFound, ok, page } from '../lime-reply';
import { parseFilter, type Predicate } from '../odata-filter';
import type { SandboxContact } from '../data/contacts';
import type { Route } from './router';

const CRM = 'postmaster@crm.msging.net';
const CONTACT_TYPE = 'application/vnd.lime.contact+json';
/** With `$filter`, Blip refuses `$skip + $take` above 10000 (docs, "Get contacts"). */
const FILTERED_WINDOW = 10_000;

/**
 * CRM contacts (docs: Contacts): `$filter`, `$skip`/`$take` with Blip's caps (1–30000 without a
 * filter, skip + take ≤ 10000 with one, 100 by default); `$orderby` is unofficial and switched per
 * tenant. `merge` changes only the fields sent and creates a missing contact; `set` replaces it whole.
 */
export const contactRoutes: Route[] = [
  {
    to: CRM,
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
      const take = Number(query.get('$take') ?? 100);
      if (!predicate && (take < 1 || take > 30_000)) return failure(64, 'The take parameter must be between 1 and 30000');
      if (predicate && Number(query.get('$skip') ?? 0) + take > FILTERED_WINDOW) {
        return failure(64, `The sum of skip and take parameters can not be greater than ${FILTERED_WINDOW} when a filter is used`);
      }
      const matching = predicate ? bot.contacts.filter((contact) => predicate(contact as unknown as Record<string, unknown>)) : bot.contacts;
      const orderBy = query.get('$orderby');
      if (orderBy && bot.capabilities.orderBy === 'refused') return failure(64, 'The query option $orderby is not supported');
      const ordered = orderBy && bot.capabilities.orderBy === 'honoured' ? sortContacts(matching, orderBy) : byIdentity(matching);
      if (ordered === undefined) return failure(64, 'Invalid $orderby');
      const { items, error } = page(ordered, query, { maxTake: 30_000, defaultTake: 100 });
      return error ?? collection(items, CONTACT_TYPE, ordered.length);
    },
  },
  {
    to: CRM,
    method: 'get',
    path: /^\/contacts\/(?<identity>[^/]+)$/,
    handle: ({ bot, params }) => {
      const contact = bot.contacts.find((candidate) => candidate.identity === params.identity);
      return contact ? ok(contact, CONTACT_TYPE) : notFound();
    },
  },
  {
    to: CRM,
    method: 'merge',
    path: /^\/contacts$/,
    handle: ({ bot, command }) => {
      const patch = contactResource(command.resource);
      if (typeof patch === 'string') return failure(21, patch);
      const contact = bot.contacts.find((candidate) => candidate.identity === patch.identity);
      if (contact) Object.assign(contact, patch, patch.extras ? { extras: { ...contact.extras, ...patch.extras } } : {});
      else bot.contacts.unshift({ source: 'WhatsApp', lastMessageDate: '', ...patch });
      return ok();
    },
  },
  {
    to: CRM,
    method: 'set',
    path: /^\/contacts$/,
    handle: ({ bot, command }) => {
      const replacement = contactResource(command.resource);
      if (typeof replacement === 'string') return failure(21, replacement);
      const index = bot.contacts.findIndex((candidate) => candidate.identity === replacement.identity);
      const next = { source: '', lastMessageDate: bot.contacts[index]?.lastMessageDate ?? '', ...replacement };
      if (index >= 0) bot.contacts[index] = next;
      else bot.contacts.unshift(next);
      return ok();
    },
  },
];

/** A contact document with an identity; extras hold strings only (docs: "does not allow complex objects"). */
function contactResource(resource: unknown): (Partial<SandboxContact> & { identity: string }) | string {
  const contact = resource as Partial<SandboxContact> | undefined;
  if (!contact || typeof contact.identity !== 'string' || !contact.identity.includes('@')) return 'The contact needs an identity';
  if (contact.extras && Object.values(contact.extras).some((value) => typeof value !== 'string')) return 'extras only allows string values';
  return contact as Partial<SandboxContact> & { identity: string };
}

/** Without `$orderby` Blip promises no order; the sandbox answers by identity, which is not by date. */
function byIdentity(contacts: SandboxContact[]): SandboxContact[] {
  return [...contacts].sort((a, b) => a.identity.localeCompare(b.identity));
}

const SORTABLE: Record<string, keyof SandboxContact> = { lastmessagedate: 'lastMessageDate', name: 'name', identity: 'identity' };

/** `field [asc|desc]`; contacts without the field go last. Undefined for an unknown field. */
function sortContacts(contacts: SandboxContact[], orderBy: string): SandboxContact[] | undefined {
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
