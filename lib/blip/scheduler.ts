import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS } from './lime';
import { itemByItemCollection } from './items';
import { AppError } from '../errors/app-error';

const SCHEDULE_TYPE = 'application/vnd.iris.schedule+json';

/** `scheduled`, `executed` or `canceled` (docs: Schedules); anything else is read as unknown. */
const statusSchema = z.string().transform((value) => (['scheduled', 'executed', 'canceled'].includes(value.toLowerCase()) ? (value.toLowerCase() as ScheduleStatus) : 'unknown'));
export type ScheduleStatus = 'scheduled' | 'executed' | 'canceled' | 'unknown';

export const scheduleSchema = lazySchema(() => z.object({
  name: z.string().nullish(),
  when: z.string(),
  status: statusSchema.nullish().transform((value) => value ?? 'unknown'),
  message: z.object({ id: z.string(), to: z.string().nullish() }).passthrough(),
}));
export type Schedule = z.infer<typeof scheduleSchema>;

/** The message the scheduler sends on the bot's behalf: a complete message envelope. */
export interface ScheduledEnvelope {
  id: string;
  to: string;
  type: string;
  content: unknown;
}

/**
 * Schedules a message (docs: "Create a scheduling", `set /schedules` to the scheduler extension): Blip
 * sends it at `when` (given in GMT) with the key of the bot that scheduled it. The message's own id is
 * the schedule's id; `commandId` makes a retry the same write.
 */
export async function scheduleMessage(transport: BlipTransport, schedule: { message: ScheduledEnvelope; when: Date; name: string }, commandId: string): Promise<void> {
  await transport.command(
    { id: commandId, to: ADDRESS.scheduler, method: 'set', uri: '/schedules', type: SCHEDULE_TYPE, resource: { message: schedule.message, when: schedule.when.toISOString(), name: schedule.name } },
    z.unknown(),
  );
}

/** One scheduled message and its status (docs: "Get a scheduled message"); undefined when Blip has none with that id. */
export async function getSchedule(transport: BlipTransport, messageId: string): Promise<Schedule | undefined> {
  try {
    return await transport.command({ to: ADDRESS.scheduler, method: 'get', uri: `/schedules/${encodeURIComponent(messageId)}` }, scheduleSchema);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found') return undefined;
    throw error;
  }
}

/** Cancels a message still waiting to leave (docs: "Cancel a scheduling"); read it back to know whether it had left. */
export async function cancelSchedule(transport: BlipTransport, messageId: string, commandId: string): Promise<void> {
  await transport.command({ id: commandId, to: ADDRESS.scheduler, method: 'delete', uri: `/schedules/${encodeURIComponent(messageId)}` }, z.unknown());
}

/** The bot's schedules (docs: "Get all schedules", at most 1000, content not shown); unreadable items are skipped. */
export async function listSchedules(transport: BlipTransport): Promise<Schedule[]> {
  const page = await transport
    .command({ to: ADDRESS.scheduler, method: 'get', uri: '/schedules' }, itemByItemCollection(scheduleSchema))
    .catch((error: unknown) => (error instanceof AppError && error.code === 'not-found' ? { items: [] } : Promise.reject(error)));
  return page.items;
}
