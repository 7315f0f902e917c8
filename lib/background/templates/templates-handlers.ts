import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** Template calls: the approved list and an active message. */
export function templatesHandlers(services: Services): Pick<RpcHandlers, 'templates.list' | 'templates.send'> {
  return {
    'templates.list': ({ installationId }) => services.templates.list(installationId),
    'templates.send': (input) => services.templates.send(input),
  };
}
