import { getBusinessHours } from '../../db/after-hours';
import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** After-hours calls: the list (as kept, and refreshed), the sent mark (queued) and the hours set in the extension. */
export function afterHoursHandlers(services: Services): Pick<RpcHandlers, 'afterHours.list' | 'afterHours.refresh' | 'afterHours.markSent' | 'afterHours.localHours' | 'afterHours.saveHours'> {
  return {
    'afterHours.list': ({ installationId }) => services.afterHours.list(installationId),
    'afterHours.refresh': ({ installationId }) => services.afterHours.refresh(installationId),
    'afterHours.markSent': async ({ installationId, identity }) => {
      await services.afterHours.markSent(installationId, identity);
      services.kickOutbox();
    },
    'afterHours.localHours': async ({ installationId }) => (await getBusinessHours(services.db, installationId)) ?? null,
    'afterHours.saveHours': ({ installationId, hours }) => services.afterHours.saveHours(installationId, hours),
  };
}
