import { z } from 'zod';
import type { BlipContact } from '../../blip/contacts';
import type { Ticket } from '../../blip/tickets';
import type { ContactPage } from '../../background/contacts-service';
import { contactFilterSchema } from '../../domain/contact-filter';
import { method } from '../define';

export const contactsContract = {
  /** Starts a background sync of one number's contact cache, or of every attendant number; does not wait. */
  'contacts.sync': method<void>()(z.object({ installationId: z.string().optional() })),
  /** Contactos: a page of one number's contacts from Blip, filtered, newest interaction first. */
  'contacts.list': method<ContactPage>()(
    z.object({
      installationId: z.string(),
      filter: contactFilterSchema,
      skip: z.number().int().min(0).default(0),
      take: z.number().int().min(1).max(100).default(50),
    }),
  ),
  /** One contact's details from Blip. */
  'contacts.get': method<BlipContact>()(z.object({ installationId: z.string(), identity: z.string().min(1) })),
  /** The contact's tickets waiting or in attendance on that number. */
  'contacts.openTickets': method<Ticket[]>()(z.object({ installationId: z.string(), identity: z.string().min(1) })),
};
