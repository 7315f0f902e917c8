import type { Services } from '../services';
import type { RpcHandlers } from '../../rpc/dispatcher';
import { toAppError } from '../../errors/app-error';

/** Each number answers or fails on its own, as the live board's numbers do. */
async function perNumber<T extends object>(installationIds: string[], read: (installationId: string) => Promise<T>) {
  return Promise.all(
    installationIds.map(async (installationId) => {
      try {
        return { installationId, ok: true as const, ...(await read(installationId)) };
      } catch (error) {
        return { installationId, ok: false as const, error: toAppError(error).toJSON() };
      }
    }),
  );
}

/** Trends: today's tickets per hour and the 7/30-day reports, per number. */
export function trendsHandlers(services: Services): Pick<RpcHandlers, 'trends.today' | 'trends.period'> {
  return {
    'trends.today': ({ installationIds }) => perNumber(installationIds, async (id) => ({ hours: await services.trends.today(id) })),
    'trends.period': ({ installationIds, days, today }) => perNumber(installationIds, async (id) => ({ trend: await services.trends.period(id, days, today) })),
  };
}
