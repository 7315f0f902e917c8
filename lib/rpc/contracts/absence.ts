import { z } from 'zod';
import { absenceSettingSchema } from '../../domain/absence';
import { method } from '../define';

export const absenceContract = {
  /** Saves the number's absence setting locally and queues it for the bot resource. */
  'absence.save': method<void>()(() => z.object({ installationId: z.string(), setting: absenceSettingSchema.unwrap().omit({ changedAt: true, changedBy: true }) })),
  /** Switches absence on or off keeping the stored message (the popup's one-click toggle; managers only). */
  'absence.toggle': method<void>()(() => z.object({ installationId: z.string(), enabled: z.boolean() })),
  /** Re-reads the setting from the bot. */
  'absence.refresh': method<void>()(() => z.object({ installationId: z.string() })),
};
