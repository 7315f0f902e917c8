import type { ExtensionSession } from './chromium';
import type { Sandbox } from '../../../sandbox/server';

const HOUR = 3_600_000;

/** The wall-clock hour and minute of an instant in a zone. */
function localTime(instant: number, timeZone: string): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  return { hour: Number(parts.find((part) => part.type === 'hour')!.value), minute: Number(parts.find((part) => part.type === 'minute')!.value) };
}

const clock = (hour: number, minute = 0) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

/**
 * Business hours set in the extension for a number (as the Fuera de horario form does), every day the
 * same window: `open` = from two hours ago to two hours ahead (clipped to the day), so the number is open
 * now; `closed` = one hour starting `opensInHours` from now, so it is closed now and opens at a known time.
 */
export async function setNumberHours(session: ExtensionSession, installationId: string, timeZone: string, shape: { open: true } | { opensInHours: number }, now = Date.now()): Promise<number | undefined> {
  let interval: { start: string; end: string };
  let opensAt: number | undefined;
  if ('open' in shape) {
    const from = localTime(now - 2 * HOUR, timeZone);
    const to = localTime(now + 2 * HOUR, timeZone);
    const current = localTime(now, timeZone);
    interval = { start: from.hour > current.hour ? '00:00' : clock(from.hour, from.minute), end: to.hour < current.hour ? '23:59' : clock(to.hour, to.minute) };
  } else {
    const start = localTime(now + shape.opensInHours * HOUR, timeZone);
    interval = { start: clock(start.hour), end: start.hour === 23 ? '23:59' : clock(start.hour + 1) };
    opensAt = now + shape.opensInHours * HOUR - (start.minute * 60_000) - (now % 60_000);
  }
  await session.rpc('afterHours.saveHours', { installationId, hours: { timeZone, week: Array.from({ length: 7 }, () => [interval]), daysOff: [], source: 'extension' } });
  return opensAt;
}

/** Moves the sandbox's clock forward (figures, deliveries and schedules follow it). */
export async function advanceSandboxClock(sandbox: Sandbox, ms: number): Promise<number> {
  const response = await fetch(`${sandbox.url}/_sandbox/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: ms }) });
  return ((await response.json()) as { now: number }).now;
}

/** Sends a Blip command to the sandbox with a bot's key, as Desk or an integration would. */
export async function blipCommand(sandbox: Sandbox, bot: string, command: Record<string, unknown>): Promise<{ status: string; resource?: unknown }> {
  const response = await fetch(`${sandbox.url}/commands`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: sandbox.store.bots.get(bot)!.authorization }, body: JSON.stringify({ id: crypto.randomUUID(), ...command }) });
  return response.json() as never;
}
