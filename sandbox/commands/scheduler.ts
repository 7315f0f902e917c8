import { collection, failure, notFound, ok } from '../lime-reply';
import { keepTicking, runDueSchedules, schedulerWhen, schedulesOf, type SandboxSchedule } from '../scheduler/schedules';
import type { Route } from './router';

const SCHEDULER = 'postmaster@scheduler.msging.net';
const TYPE = 'application/vnd.iris.schedule+json';
/** "From April 2021, this method will have a return limit of 1000 scheduled messages." */
const LIST_LIMIT = 1000;

/**
 * The scheduler extension (docs: "Schedule"): `set /schedules` with a complete message and `when`
 * (GMT; the message's id names the schedule), `get /schedules/{messageId}` (status scheduled, executed or canceled), `get /schedules`
 * (content shown as unavailable, as in the docs' example) and `delete /schedules/{messageId}`, which
 * cancels a message still waiting; one already sent stays executed. Messages leave on the sandbox's
 * clock (see control/clock.ts).
 */
export const schedulerRoutes: Route[] = [
  {
    to: SCHEDULER,
    method: 'set',
    path: /^\/schedules\/?$/,
    handle: ({ bot, store, command }) => {
      runDueSchedules(store);
      const resource = (command.resource ?? {}) as { message?: Partial<SandboxSchedule['message']>; when?: unknown; name?: unknown };
      const message = resource.message;
      const missing = (['id', 'to', 'type'] as const).filter((field) => typeof message?.[field] !== 'string' || !message[field]);
      if (!message || missing.length || message.content === undefined) return failure(21, `The schedule's message lacks ${[...missing, ...(message?.content === undefined ? ['content'] : [])].join(', ')}`);
      if (typeof resource.when !== 'string' || Number.isNaN(Date.parse(resource.when))) return failure(64, 'The schedule needs a valid "when"');
      // A message id scheduled again is scheduled anew (Blip keeps one schedule per message id).
      schedulesOf(bot).set(message.id!, {
        ...(typeof resource.name === 'string' ? { name: resource.name } : {}),
        when: new Date(resource.when).toISOString(),
        message: message as SandboxSchedule['message'],
        status: 'scheduled',
      });
      keepTicking(store);
      runDueSchedules(store);
      return ok();
    },
  },
  {
    to: SCHEDULER,
    method: 'get',
    path: /^\/schedules\/?$/,
    handle: ({ bot, store }) => {
      runDueSchedules(store);
      const all = [...schedulesOf(bot).values()].sort((a, b) => a.when.localeCompare(b.when)).slice(-LIST_LIMIT);
      const items = all.map(({ message, ...schedule }) => ({ ...schedule, message: { type: 'application/vnd.iris.content-unavailable', content: null, id: message.id, to: message.to } }));
      return collection(items, TYPE, items.length);
    },
  },
  {
    to: SCHEDULER,
    method: 'get',
    path: /^\/schedules\/(?<id>[^/]+)$/,
    handle: ({ bot, store, params }) => {
      runDueSchedules(store);
      const schedule = schedulesOf(bot).get(params.id!);
      if (!schedule) return notFound();
      const message = { ...schedule.message, from: bot.identity, pp: `${SCHEDULER}/${encodeURIComponent(bot.identity)}`, metadata: { ...schedule.message.metadata, '#scheduler.when': schedulerWhen(schedule.when) } };
      return ok({ ...schedule, message }, TYPE);
    },
  },
  {
    to: SCHEDULER,
    method: 'delete',
    path: /^\/schedules\/(?<id>[^/]+)$/,
    handle: ({ bot, store, params }) => {
      runDueSchedules(store);
      const schedule = schedulesOf(bot).get(params.id!);
      if (!schedule) return notFound();
      if (schedule.status === 'scheduled') schedule.status = 'canceled';
      return ok();
    },
  },
];
