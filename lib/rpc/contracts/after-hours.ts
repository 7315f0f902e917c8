import { z } from 'zod';
import { businessHoursSchema, type BusinessHours } from '../../domain/business-hours';
import type { AfterHoursRow } from '../../domain/after-hours';
import { method } from '../define';

/** The after-hours list of one number, with the hours it was computed against. */
export interface AfterHoursList {
  rows: AfterHoursRow[];
  hours: BusinessHours;
  /** The bot offers customers to be notified when business hours start. */
  notifyOption: boolean;
  /** When the list was last read from Blip (epoch ms). */
  readAt?: number;
}

export const afterHoursContract = {
  /** The number's after-hours contacts of the last 7 days as kept, read from Blip the first time (throws `not-configured` when no hours are known). */
  'afterHours.list': method<AfterHoursList>()(() => z.object({ installationId: z.string() })),
  /** Reads what changed in Blip since the last reading (the threads active since), then the list. */
  'afterHours.refresh': method<AfterHoursList>()(() => z.object({ installationId: z.string() })),
  /** Marks a contact as sent an active message (after the template went out). */
  'afterHours.markSent': method<void>()(() => z.object({ installationId: z.string(), identity: z.string().min(3) })),
  /** The hours set in the extension for a number whose Desk has none. */
  'afterHours.localHours': method<BusinessHours | null>()(() => z.object({ installationId: z.string() })),
  'afterHours.saveHours': method<void>()(() => z.object({ installationId: z.string(), hours: businessHoursSchema })),
};
