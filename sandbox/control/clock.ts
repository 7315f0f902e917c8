import { readJson, send } from '../server';
import type { SandboxStore } from '../store';
import { runDueSchedules, schedulesOf } from '../scheduler/schedules';
import type { ControlHandler } from './index';

/** How far each store's clock was moved from the one it started with. */
const moved = new WeakMap<SandboxStore, { base: () => number; offsetMs: number }>();

/** Moves the sandbox's clock forward by `ms` (never back) and sends the messages whose time came. */
export function advanceClock(store: SandboxStore, ms: number): number {
  const state = moved.get(store) ?? { base: store.clock, offsetMs: 0 };
  state.offsetMs += Math.max(0, ms);
  moved.set(store, state);
  store.clock = () => state.base() + state.offsetMs;
  runDueSchedules(store);
  return store.clock();
}

/**
 * `GET /clock` → `{ now, offsetMs }`; `POST /clock { advanceMs }` or `{ to }` (ISO or epoch ms, not in
 * the past) moves the clock every figure, delivery and schedule is read against; time keeps running
 * from there. `GET /bots/{id}/schedules` → the bot's schedules as stored, messages included.
 */
export const clockControl: ControlHandler = async (request, response, path, store) => {
  const schedules = /^\/bots\/(?<id>[^/]+)\/schedules$/.exec(path);
  if (schedules && request.method === 'GET') {
    const bot = store.bots.get(schedules.groups!.id!);
    if (!bot) return send(response, 404, { error: 'unknown bot' }), true;
    runDueSchedules(store);
    return send(response, 200, [...schedulesOf(bot).values()]), true;
  }
  if (path !== '/clock') return false;
  if (request.method === 'POST') {
    const body = (await readJson(request)) as { advanceMs?: unknown; to?: unknown } | undefined;
    const target = typeof body?.to === 'string' ? Date.parse(body.to) : typeof body?.to === 'number' ? body.to : undefined;
    const ms = target !== undefined ? target - store.clock() : typeof body?.advanceMs === 'number' ? body.advanceMs : NaN;
    if (!Number.isFinite(ms) || ms < 0) return send(response, 400, { error: 'advanceMs ≥ 0 or a "to" not in the past is required' }), true;
    advanceClock(store, ms);
  } else if (request.method !== 'GET') return false;
  send(response, 200, { now: store.clock(), offsetMs: moved.get(store)?.offsetMs ?? 0 });
  return true;
};
