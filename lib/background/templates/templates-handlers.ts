import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** Template calls: the approved list, an active message, and a sent message's delivery. */
export function templatesHandlers(services: Services): Pick<RpcHandlers, 'templates.list' | 'templates.send' | 'messages.delivery'> {
  return {
    'templates.list': ({ installationId }) => services.templates.list(installationId),
    'templates.send': (input) => services.templates.send(input),
    'messages.delivery': ({ installationId, messageId }) => services.templates.delivery(installationId, messageId),
  };
}
