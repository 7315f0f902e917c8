import type { Services } from '../../background/services';
import type { RpcHandlers } from '../server';

export function templatesHandlers(services: Services): Pick<RpcHandlers, 'templates.list' | 'templates.send'> {
  return {
    'templates.list': ({ installationId }) => services.templates.list(installationId),
    'templates.send': (input) => services.templates.send(input),
  };
}
