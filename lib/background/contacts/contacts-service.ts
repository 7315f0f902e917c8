import { openTicketsOf, type Ticket } from '../../blip/tickets';
import { FILTERED_WINDOW, getContact, listContacts, type BlipContact } from '../../blip/contacts';
import { contactFilterToOData, type ContactFilter } from '../../domain/contact-filter';
import type { BlipClients } from '../installations/clients';
import type { ContactPage } from '../../rpc/contracts/contacts';

/** The Contactos section: one number's contacts straight from Blip, newest interaction first. */
export class ContactsService {
  constructor(private readonly clients: BlipClients) {}

  async list(installationId: string, filter: ContactFilter, skip: number, take: number): Promise<ContactPage> {
    const odata = contactFilterToOData(filter);
    const window = odata ? FILTERED_WINDOW : Infinity;
    if (skip >= window) return { items: [], windowReached: true };
    const transport = await this.clients.forInstallation(installationId);
    const size = Math.min(take, window - skip);
    const page = await listContacts(transport, { skip, take: size, filter: odata, newestFirst: true });
    const end = skip + page.items.length;
    const more = page.items.length === size && (page.total === undefined || end < page.total);
    return {
      items: page.items,
      total: page.total,
      nextSkip: more && end < window ? end : undefined,
      windowReached: more && end >= window,
    };
  }

  /** The contact's tickets waiting or in attendance. */
  async openTickets(installationId: string, identity: string): Promise<Ticket[]> {
    return openTicketsOf(await this.clients.forInstallation(installationId), identity);
  }

  /** One contact, fresh from Blip. */
  async get(installationId: string, identity: string): Promise<BlipContact> {
    return getContact(await this.clients.forInstallation(installationId), identity);
  }
}
