import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** Alert thresholds (saving one checks every number at once: see alerts-jobs.ts). */
export function alertsHandlers(services: Services): Pick<RpcHandlers, 'alerts.save'> {
  return {
    'alerts.save': ({ installationId, thresholds }) => services.alerts.saveRule(installationId, thresholds),
  };
}
