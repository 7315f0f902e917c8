import type { BotState, SandboxStore } from '../store';
import { acceptMessage } from '../messaging/accept-message';

/** A message the bot scheduled (`application/vnd.iris.schedule+json`). */
export interface SandboxSchedule {
  name?: string;
  /** When it leaves, ISO in UTC (the docs: "the scheduling time must be done in the GMT timezone"). */
  when: string;
  message: { id: string; to: string; type: string; content: unknown; metadata?: Record<string, string> };
  status: 'scheduled' | 'executed' | 'canceled';
}

/** Each bot's schedules by message id, in the order they were made. */
const schedules = new WeakMap<BotState, Map<string, SandboxSchedule>>();
const timers = new WeakMap<SandboxStore, ReturnType<typeof setInterval>>();

/** The bot's schedules (made on first use). */
export function schedulesOf(bot: BotState): Map<string, SandboxSchedule> {
  let own = schedules.get(bot);
  if (!own) schedules.set(bot, (own = new Map()));
  return own;
}

/**
 * Sends every scheduled message whose time has come, on the bot's behalf, as if the bot had posted it
 * to `/messages` then (so WhatsApp's verdict and the notifications follow as for any message).
 */
export function runDueSchedules(store: SandboxStore): void {
  const now = store.clock();
  for (const bot of store.bots.values()) {
    for (const schedule of schedules.get(bot)?.values() ?? []) {
      if (schedule.status !== 'scheduled' || Date.parse(schedule.when) > now) continue;
      schedule.status = 'executed';
      acceptMessage(store, bot, schedule.message);
    }
  }
  if (!hasPending(store)) stopTicking(store);
}

/** Checks every second while some message waits to leave, so schedules go out on the real clock too. */
export function keepTicking(store: SandboxStore): void {
  if (timers.has(store)) return;
  const timer = setInterval(() => runDueSchedules(store), 1000);
  timer.unref?.();
  timers.set(store, timer);
}

function stopTicking(store: SandboxStore): void {
  clearInterval(timers.get(store));
  timers.delete(store);
}

function hasPending(store: SandboxStore): boolean {
  return [...store.bots.values()].some((bot) => [...(schedules.get(bot)?.values() ?? [])].some((schedule) => schedule.status === 'scheduled'));
}

/** The docs' `#scheduler.when` metadata: `MM/dd/yyyy HH:mm:ss` in UTC. */
export function schedulerWhen(when: string): string {
  const date = new Date(when);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}
