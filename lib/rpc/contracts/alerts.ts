import { z } from 'zod';
import { alertThresholdsSchema } from '../../domain/alerts';
import { method } from '../define';

export const alertsContract = {
  /** Sets a number's alert thresholds (none left: the number has no alerts) and checks every number at once. */
  'alerts.save': method<void>()(() => z.object({ installationId: z.string(), thresholds: alertThresholdsSchema })),
};
