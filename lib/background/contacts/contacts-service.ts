import { deskIdentityOf } from '../../blip/active-message';
import { openTicketsOf, type Ticket } from '../../blip/tickets';
import { CONTACTS_MAX_TAKE, FILTERED_WINDOW, getContact, listContacts, type BlipContact } from '../../blip/contacts';
import { contactFilterToOData, type ContactFilter } from '../../domain/contact-filter';
import { filterPrepared, prepareContacts, type PreparedContact } from '../../domain/contact-match';
import type { CachedContact, Contact } from '../../domain/contact';
import { cachedContacts } from '../../db/contact-pages';
import { getSyncState } from '../../db/contact-sync-state';
import type { Database } from '../../db/database';
import type { BlipClients } from '../installations/clients';
import type { ContactPage } from '../../rpc/contracts/contacts';

/** How long a list sorted here (for a tenant without `$orderby`) serves the next pages. */
const SORTED_TTL_MS = 120_000;

type BlipPage = Omit<ContactPage, 'source'>;

const toContact = (cached: CachedContact): Contact => ({ ...cached, lastMessageDate: cached.lastMessageDate ? new Date(cached.lastMessageDate).toISOString() : null });

/**
 * The Contactos section: one number's contacts, newest interaction first. Filters behave like the
 * search where the number's contact cache is complete (any word, accents and case ignored, e-mail by
 * domain); elsewhere Blip answers with its own filters (the start of each field, as written).
 * Contacts belong to the bot that owns the number (the router in a router setup). Where the tenant
 * does not order by date, the matching contacts (at most Blip's window) are read once and ordered here.
 */
export class ContactsService {
  private readonly sorted = new Map<string, { at: number; items: BlipContact[] }>();
  /** The cache of the number last filtered, folded once per sync; and its last filtered list, which "more" pages through. */
  private prepared?: { key: string; contacts: PreparedContact[] };
  private last?: { key: string; contacts: CachedContact[] };

  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
  ) {}

  async list(installationId: string, filter: ContactFilter, skip: number, take: number, now = Date.now()): Promise<ContactPage> {
    const sync = await getSyncState(this.db, installationId);
    const cacheReady = sync?.phase === 'incremental' && sync.lastSyncedAt !== undefined;
    if (cacheReady && Object.values(filter).some((value) => value !== undefined)) return this.fromCache(installationId, filter, skip, take, sync.lastSyncedAt!);
    return { ...(await this.fromBlip(installationId, filter, skip, take, now)), source: 'blip', cacheSyncing: sync?.phase === 'initial' && sync.running };
  }

  private async fromCache(installationId: string, filter: ContactFilter, skip: number, take: number, syncedAt: number): Promise<ContactPage> {
    const version = `${installationId}|${syncedAt}`;
    const key = JSON.stringify([version, filter]);
    if (this.last?.key !== key || skip === 0) {
      if (this.prepared?.key !== version) this.prepared = { key: version, contacts: prepareContacts(await cachedContacts(this.db, installationId)) };
      this.last = { key, contacts: filterPrepared(this.prepared.contacts, filter) };
    }
    const { contacts } = this.last;
    const end = Math.min(contacts.length, skip + take);
    return { items: contacts.slice(skip, end).map(toContact), total: contacts.length, nextSkip: end < contacts.length ? end : undefined, windowReached: false, source: 'cache', syncedAt };
  }

  private async fromBlip(installationId: string, filter: ContactFilter, skip: number, take: number, now: number): Promise<BlipPage> {
    const odata = contactFilterToOData(filter);
    const window = odata ? FILTERED_WINDOW : Infinity;
    if (skip >= window) return { items: [], windowReached: true };
    const transport = await this.clients.forInstallation(installationId, { router: true });
    const size = Math.min(take, window - skip);
    const cacheKey = `${installationId}|${odata ?? ''}`;
    const cached = this.sorted.get(cacheKey);
    if (cached && now - cached.at < SORTED_TTL_MS && skip > 0) return slice(cached.items, skip, size, window);
    const page = await listContacts(transport, { skip, take: size, filter: odata, newestFirst: true });
    if (!page.ordered && (page.total ?? Infinity) > page.items.length) {
      const all = await listContacts(transport, { skip: 0, take: odata ? FILTERED_WINDOW : CONTACTS_MAX_TAKE, filter: odata, newestFirst: false });
      const items = [...all.items].sort((a, b) => (b.lastMessageDate ?? '').localeCompare(a.lastMessageDate ?? ''));
      this.sorted.set(cacheKey, { at: now, items });
      return slice(items, skip, size, window);
    }
    const end = skip + page.items.length;
    const more = page.items.length === size && (page.total === undefined || end < page.total);
    return {
      items: page.items,
      total: page.total,
      nextSkip: more && end < window ? end : undefined,
      windowReached: more && end >= window,
    };
  }

  /** The contact's tickets waiting or in attendance (behind a router, found by the customer's tunnel identity). */
  async openTickets(installationId: string, identity: string): Promise<Ticket[]> {
    const desk = await this.clients.forInstallation(installationId);
    const deskCustomer = await deskIdentityOf({ desk, deskService: await this.clients.deskServiceIdentity(installationId), tunnels: this.clients.tunnels(installationId) }, identity);
    return deskCustomer ? openTicketsOf(desk, deskCustomer) : [];
  }

  /** One contact, fresh from Blip. */
  async get(installationId: string, identity: string): Promise<BlipContact> {
    return getContact(await this.clients.forInstallation(installationId, { router: true }), identity);
  }
}

function slice(items: BlipContact[], skip: number, size: number, window: number): BlipPage {
  const end = Math.min(items.length, skip + size);
  const more = end < items.length;
  return { items: items.slice(skip, end), total: items.length, nextSkip: more && end < window ? end : undefined, windowReached: more && end >= window };
}
