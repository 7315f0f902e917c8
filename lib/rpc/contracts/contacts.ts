import { z } from 'zod';
import type { Contact } from '../../domain/contact';
import type { Ticket } from '../../domain/ticket';
import { contactFilterSchema } from '../../domain/contact-filter';
import { method } from '../define';

/** One page of the Contactos list. `nextSkip` is absent at the end or at Blip's filtered-list window. */
export interface ContactPage {
  items: Contact[];
  total?: number;
  nextSkip?: number;
  /** True when more match but Blip serves no further than 10000 with a filter: refine the filters. */
  windowReached: boolean;
  /**
   * Who filtered: the number's contact cache (filters behave like search) or Blip (each filter
   * matches the start of its field, as written). An unfiltered list always comes from Blip.
   */
  source: 'cache' | 'blip';
  /** When the cache that answered was last brought up to date (epoch ms). */
  syncedAt?: number;
  /** The number's first contact sync is running: the cache will answer once it is done. */
  cacheSyncing?: boolean;
}

export const contactsContract = {
  /**
   * Starts a background sync of one number's contact cache, or of every attendant number; does not
   * wait. `opened`: the panel opened, so only numbers not synced in the last moments are synced.
   */
  'contacts.sync': method<void>()(() => z.object({ installationId: z.string().optional(), opened: z.boolean().optional() })),
  /** Contactos: a page of one number's contacts, filtered, newest interaction first (from its cache when complete, else from Blip). */
  'contacts.list': method<ContactPage>()(
    () => z.object({
      installationId: z.string(),
      filter: contactFilterSchema,
      skip: z.number().int().min(0).default(0),
      take: z.number().int().min(1).max(100).default(50),
    }),
  ),
  /** One contact's details from Blip. */
  'contacts.get': method<Contact>()(() => z.object({ installationId: z.string(), identity: z.string().min(1) })),
  /** The contact's tickets waiting or in attendance on that number. */
  'contacts.openTickets': method<Ticket[]>()(() => z.object({ installationId: z.string(), identity: z.string().min(1) })),
};
