import { z } from 'zod';
import type { BlipTransport } from '../../blip/transport';
import { readDeskBusinessHours } from '../../blip/attendance-hours';
import { getJsonResource } from '../../blip/resources';
import { AppError } from '../../errors/app-error';
import type { AfterHoursState } from '../../domain/after-hours';
import type { BusinessHours } from '../../domain/business-hours';

/** Bot resource with the after-hours options the bot's flow uses (see docs/after-hours.md). */
export const AFTER_HOURS_OPTIONS_KEY = 'asistencia.afterHoursOptions';
/** How long Desk's hours and the bot's option are kept before being read again: they change seldom. */
export const SETTINGS_TTL_MS = 15 * 60_000;
const optionsSchema = z.object({ notifyNextBusinessHours: z.boolean().default(false) });

const fresh = (reading: { at: number } | undefined, now: number) => reading !== undefined && now - reading.at < SETTINGS_TTL_MS;

/** Desk's attendance hours, read again when older than the TTL; null when Desk has none usable. */
export async function deskHoursReading(transport: BlipTransport, state: AfterHoursState | undefined, now: number): Promise<NonNullable<AfterHoursState['deskHours']>> {
  if (fresh(state?.deskHours, now)) return state!.deskHours!;
  try {
    return { value: await readDeskBusinessHours(transport), at: now };
  } catch (error) {
    const unusable = error instanceof AppError && ['not-found', 'malformed-reply', 'lime-failure'].includes(error.code);
    if (!unusable) throw error;
    return { value: null, at: now };
  }
}

/** The bot's "notify next business hours" option, read again when older than the TTL (missing = off). */
export async function notifyOptionReading(transport: BlipTransport, state: AfterHoursState | undefined, now: number): Promise<NonNullable<AfterHoursState['notifyOption']>> {
  if (fresh(state?.notifyOption, now)) return state!.notifyOption!;
  const value = await getJsonResource(transport, AFTER_HOURS_OPTIONS_KEY, optionsSchema).then(
    (options) => options.notifyNextBusinessHours,
    (error: unknown) => (error instanceof AppError && error.code === 'not-found' ? false : Promise.reject(error)),
  );
  return { value, at: now };
}

/** Desk's hours when Desk has valid ones; else the hours set in the extension; else `not-configured`. */
export function effectiveHours(desk: BusinessHours | null | undefined, local: BusinessHours | undefined): BusinessHours {
  const hours = desk ?? local;
  if (!hours) throw new AppError('not-configured', 'No business hours for this number', { fields: ['businessHours'] });
  return hours;
}
