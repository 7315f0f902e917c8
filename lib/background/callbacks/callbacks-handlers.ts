import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';

/** Reminders and scheduled active messages of after-hours rows. */
export function callbacksHandlers(services: Services): Pick<RpcHandlers, 'callbacks.remind' | 'callbacks.dismissReminder' | 'callbacks.schedule' | 'callbacks.cancelSchedule' | 'callbacks.remoteSchedules'> {
  return {
    'callbacks.remind': (input) => services.reminders.remind(input),
    'callbacks.dismissReminder': ({ id }) => services.reminders.dismiss(id),
    'callbacks.schedule': (input) => services.scheduled.schedule(input),
    'callbacks.cancelSchedule': ({ id }) => services.scheduled.cancel(id),
    'callbacks.remoteSchedules': ({ installationId }) => services.scheduled.remote(installationId),
  };
}
