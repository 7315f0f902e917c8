import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** Absence calls: each save or toggle queues a write, so the outbox is woken after it. */
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
