import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

export function absenceHandlers(services: Services): Pick<RpcHandlers, 'absence.save' | 'absence.toggle' | 'absence.refresh'> {
  return {
    'absence.save': async ({ installationId, setting }) => {
      await services.absence.save(installationId, setting);
      services.kickOutbox();
    },
    'absence.toggle': async ({ installationId, enabled }) => {
      await services.absence.toggle(installationId, enabled);
      services.kickOutbox();
    },
    'absence.refresh': ({ installationId }) => services.absence.refresh(installationId),
  };
}
