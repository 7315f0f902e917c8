import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** Contact calls: starting a cache sync, and Contactos' reads straight from Blip. */
export function contactsHandlers(services: Services): Pick<RpcHandlers, 'contacts.sync' | 'contacts.list' | 'contacts.get' | 'contacts.openTickets'> {
  return {
    'contacts.sync': async ({ installationId, opened }) => {
      // Runs on after the reply: progress is visible in the contactSync table.
      void (installationId ? services.contactSync.sync(installationId) : opened ? services.contactSync.syncStale(Date.now()) : services.contactSync.syncAll());
    },
    'contacts.list': ({ installationId, filter, skip, take }) => services.contacts.list(installationId, filter, skip, take),
    'contacts.get': ({ installationId, identity }) => services.contacts.get(installationId, identity),
    'contacts.openTickets': ({ installationId, identity }) => services.contacts.openTickets(installationId, identity),
  };
}
