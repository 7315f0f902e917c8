import { z } from 'zod';
import type { Reminder, ScheduledMessage } from '../../domain/callbacks';
import { isValidInternationalPhone } from '../../domain/phone';
import { method } from '../define';

const DAY = 86_400_000;
const row = () => ({
  installationId: z.string(),
  identity: z.string().min(3).max(300),
  name: z.string().max(200).optional(),
  phone: z.string().max(40).optional(),
  contactedAt: z.number().int().positive(),
});

/** A schedule Blip holds for one of the number's customers (made here or by someone else). */
export interface RemoteSchedule {
  id: string;
  to: string;
  when: number;
  status: 'scheduled' | 'executed' | 'canceled' | 'unknown';
  name?: string;
}

export const callbacksContract = {
  /** Reminds the agent of a call-back at `dueAt` (at most 30 days ahead). */
  'callbacks.remind': method<Reminder>()(() => z.object({ ...row(), dueAt: z.number().int().refine((at) => at < Date.now() + 30 * DAY, 'too-far') })),
  /** Drops a reminder (done, or not wanted any more). */
  'callbacks.dismissReminder': method<void>()(() => z.object({ id: z.string() })),
  /** Leaves an active message with Blip's scheduler to go out at `when`, the number's opening; the same `requestId` schedules once. */
  'callbacks.schedule': method<ScheduledMessage>()(
    () => z.object({
      ...row(),
      phone: z.string().refine(isValidInternationalPhone, 'phone-format'),
      templateName: z.string().min(1),
      language: z.string().min(1),
      values: z.record(z.string(), z.string().max(1024)),
      requestId: z.uuid(),
      when: z.number().int().refine((at) => at > Date.now() && at < Date.now() + 30 * DAY, 'when-range'),
    }),
  ),
  /** Cancels a scheduled message; answers how it ended (`sent` when it had already left). */
  'callbacks.cancelSchedule': method<ScheduledMessage>()(() => z.object({ id: z.string() })),
  /** The number's messages still scheduled on Blip, made here or elsewhere. */
  'callbacks.remoteSchedules': method<RemoteSchedule[]>()(() => z.object({ installationId: z.string() })),
};
