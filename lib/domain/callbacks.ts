import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import type { SerializedError } from '../errors/app-error';
import type { BusinessHours } from './business-hours';
import { nextOpening } from './opening';

const HOUR = 3_600_000;

/** When a "Remind me" fires: at the number's next opening, in an hour, or tomorrow at a time (the agent's clock). */
export const reminderChoiceSchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('opening') }),
  z.object({ kind: z.literal('hour') }),
  z.object({ kind: z.literal('tomorrow'), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time-format') }),
]));
export type ReminderChoice = z.infer<typeof reminderChoiceSchema>;

/** A call-back the agent asked to be reminded of. */
export interface Reminder {
  id: string;
  installationId: string;
  identity: string;
  name?: string;
  phone?: string;
  /** The customer's after-hours message the call-back answers. */
  contactedAt: number;
  dueAt: number;
  createdAt: number;
  /** pending → fired (notified; shown on its row until dismissed or its notification clicked), resolved (answered or called back before it was due), dismissed. */
  status: 'pending' | 'fired' | 'resolved' | 'dismissed';
  doneAt?: number;
}

/** Where a scheduled active message stands, as the extension last saw it. */
export type ScheduledStatus = 'scheduled' | 'sent' | 'canceled';

/** An active message left with Blip's scheduler to go out at the number's opening. */
export interface ScheduledMessage {
  /** The message's id: also the schedule's id on Blip, and the request id of its routing. */
  id: string;
  installationId: string;
  identity: string;
  name?: string;
  phone?: string;
  templateName: string;
  language: string;
  /** The template's variables, kept to leave it with Blip again if the first attempt did not get through. */
  values?: Record<string, string>;
  contactedAt: number;
  /** When Blip sends it (the number's opening). */
  when: number;
  createdAt: number;
  status: ScheduledStatus;
  /** When Blip confirmed it holds the schedule; until then the background keeps trying to leave it there. */
  placedAt?: number;
  /**
   * Why it was cancelled: by the agent, because someone answered the customer first, on Blip by
   * someone else, or because Blip could not be reached to schedule it before the opening.
   */
  canceledBecause?: 'user' | 'answered' | 'elsewhere' | 'not-placed';
  /** When the background last looked at it. */
  checkedAt?: number;
  /** Where the customer stood before the extension moved them to the human-service block (put back on cancel). */
  previous?: { state: string | null; master: string | null };
  /** After it left: the answer's routing was set again and the row marked sent. */
  routedAt?: number;
  /** The last failed check or routing, kept to show and to retry. */
  error?: SerializedError;
}

/** When a reminder is due, or undefined (no opening known for "at the next opening"). */
export function reminderDue(choice: ReminderChoice, hours: BusinessHours | undefined, now: number): number | undefined {
  if (choice.kind === 'hour') return now + HOUR;
  if (choice.kind === 'opening') return hours && nextOpening(hours, now);
  const due = new Date(now);
  due.setDate(due.getDate() + 1);
  due.setHours(Number(choice.time.slice(0, 2)), Number(choice.time.slice(3, 5)), 0, 0);
  return due.getTime();
}

/** A message of the customer's thread, as much as the call-back check reads. */
export interface ThreadItem {
  direction: 'sent' | 'received';
  date: string;
  content?: unknown;
  metadata?: Record<string, string> | null;
}

/**
 * True when someone already got back to the customer after their after-hours message: a person wrote
 * to them (Desk marks it `#messageEmitter: Human`) or an active message (a template) went out. The
 * bot's own automatic answers do not count.
 */
export function calledBack(thread: ThreadItem[], contactedAt: number): boolean {
  return thread.some(
    (item) =>
      item.direction === 'sent' &&
      Date.parse(item.date) > contactedAt &&
      (item.metadata?.['#messageEmitter'] === 'Human' || (item.content as { type?: unknown } | null | undefined)?.type === 'template'),
  );
}
