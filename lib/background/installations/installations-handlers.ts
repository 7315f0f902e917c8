import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** Number calls from the options page: save, remove, test the connection, refresh the role. */
export function installationsHandlers(services: Services): Pick<RpcHandlers, 'installations.save' | 'installations.remove' | 'installations.test' | 'installations.refreshRole'> {
  return {
    'installations.save': (draft) => services.installations.save(draft),
    'installations.remove': ({ id }) => services.installations.remove(id),
    'installations.test': (target) => services.installations.test(target),
    'installations.refreshRole': ({ id }) => services.installations.refreshRole(id),
  };
}
