import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** Number calls from the options page: save, remove, test the connection (with a checklist of the number's optional calls), refresh the role, say the agent manages a number, find the active-message routing. */
export function installationsHandlers(services: Services): Pick<RpcHandlers, 'installations.save' | 'installations.remove' | 'installations.test' | 'installations.refreshRole' | 'installations.declareManager' | 'installations.findRouting'> {
  return {
    'installations.save': (draft) => services.installations.save(draft),
    'installations.remove': ({ id }) => services.installations.remove(id),
    'installations.test': (target) => services.installations.test(target),
    'installations.refreshRole': ({ id }) => services.installations.refreshRole(id),
    'installations.declareManager': ({ id, manager }) => services.installations.declareManager(id, manager),
    'installations.findRouting': (target) => services.installations.findRouting(target),
  };
}
