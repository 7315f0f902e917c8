import { z } from 'zod';
import type { HourCount, PeriodTrend } from '../../domain/trends';
import type { SerializedError } from '../../errors/app-error';
import { method } from '../define';

/** One number's answer: its figures, or why it has none. */
export type PerNumber<T> = ({ installationId: string; ok: true } & T) | { installationId: string; ok: false; error: SerializedError };

const numbers = () => z.array(z.string()).min(1).max(50);

export const trendsContract = {
  /** Today's tickets per hour of each number. */
  'trends.today': method<Array<PerNumber<{ hours: HourCount[] }>>>()(() => z.object({ installationIds: numbers() })),
  /** The last 7 or 30 days (ending `today`, the agent's calendar day) of each number, from Blip's period reports. */
  'trends.period': method<Array<PerNumber<{ trend: PeriodTrend }>>>()(() => z.object({ installationIds: numbers(), days: z.union([z.literal(7), z.literal(30)]), today: z.iso.date() })),
};
