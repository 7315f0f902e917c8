import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { rpc } from '../../rpc/client';
import { aggregateFigures, type AgentSummary, type MonitoringFigures, type MonitoringLists, type OpenTicket, type TagSummary, type WaitingTicket } from '../../domain/monitoring';
import type { SerializedError } from '../../errors/app-error';
import { boardRefreshMs } from '../../domain/refresh-cadence';

/** The board's six reads per number, as often as Blip's documented throughput allows one board (see refresh-cadence.ts). */
const BASE_INTERVAL = boardRefreshMs(6);
const MAX_INTERVAL = 5 * 60_000;
/** A refresh slower than this counts as the server being slow: the next one waits longer. */
const SLOW_MS = 5_000;

/** A list item with the number it comes from (shown when the board spans all numbers). */
export type Numbered<T> = T & { installationId: string };

/** The lists behind the board, each ticket and agent with its number; tags add up across numbers. */
export interface BoardLists {
  waiting: Array<Numbered<WaitingTicket>>;
  open: Array<Numbered<OpenTicket>>;
  agents: Array<Numbered<AgentSummary>>;
  tags: TagSummary[];
}

interface NumberReading {
  figures: MonitoringFigures;
  lists: MonitoringLists;
  at: number;
}

/**
 * The live board's state: the last good reading of each number (kept for the panel's life, so a
 * failed refresh still shows figures, with their age), the failures of the last refresh,
 * and a refresh loop that runs only while the board is shown and the panel visible, every 6 s,
 * backing off (up to 5 min) while Blip is slow, limiting or failing.
 */
export interface MonitoringModel {
  readonly failures: ReadonlySignal<Record<string, SerializedError>>;
  readonly refreshing: ReadonlySignal<boolean>;
  /** Today's figures of the numbers shown, added up; undefined until one answered. */
  readonly figures: ReadonlySignal<MonitoringFigures | undefined>;
  readonly lists: ReadonlySignal<BoardLists>;
  /** When the oldest reading shown was taken. */
  readonly updatedAt: ReadonlySignal<number | undefined>;
  /** When each number's last good reading was taken (kept while refreshes fail). */
  readonly readAt: ReadonlySignal<Record<string, number>>;
  refresh(): Promise<void>;
  /** Shows these numbers and refreshes at once. */
  setScope(ids: string[]): void;
  /** The board is shown: a fresh board, refreshed while the panel is visible. */
  start(): void;
  /** The board is hidden: no more refreshes; what is still on its way is dropped. */
  stop(): void;
}

/** Builds the board's model (once per side panel). */
export function createMonitoringModel(): MonitoringModel {
  const readings = signal<Record<string, NumberReading>>({});
  const failures = signal<Record<string, SerializedError>>({});
  const scope = signal<string[]>([]);
  const refreshing = signal(false);
  let interval = BASE_INTERVAL;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = true;
  /** A refresh asked for while one was running (e.g. the scope changed): run it right after. */
  let again = false;
  /** Which showing of the board a refresh belongs to: one from an earlier showing is dropped. */
  let showing = 0;

  const current = computed(() => scope.value.flatMap((id) => (readings.value[id] ? [{ id, ...readings.value[id]! }] : [])));
  const figures = computed(() => (current.value.length ? aggregateFigures(current.value.map((reading) => reading.figures)) : undefined));
  const numbered = <T,>(pick: (lists: MonitoringLists) => T[]) => current.value.flatMap((reading) => pick(reading.lists).map((item) => ({ ...item, installationId: reading.id })));
  const lists = computed<BoardLists>(() => ({
    waiting: numbered((all) => all.waiting),
    open: numbered((all) => all.open),
    agents: numbered((all) => all.agents),
    tags: mergeTags(current.value.flatMap((reading) => reading.lists.tags)),
  }));
  const updatedAt = computed(() => (current.value.length ? Math.min(...current.value.map((reading) => reading.at)) : undefined));
  const readAt = computed(() => Object.fromEntries(Object.entries(readings.value).map(([id, reading]) => [id, reading.at])));

  async function refresh(): Promise<void> {
    if (!scope.value.length) return;
    if (refreshing.value) {
      again = true;
      return;
    }
    refreshing.value = true;
    const started = Date.now();
    const mine = showing;
    try {
      const results = await rpc('monitoring.read', { installationIds: scope.value });
      if (mine !== showing) return;
      const nextReadings = { ...readings.value };
      const nextFailures: Record<string, SerializedError> = {};
      for (const result of results) {
        if (result.ok) nextReadings[result.installationId] = { figures: result.figures, lists: result.lists, at: Date.now() };
        else nextFailures[result.installationId] = result.error;
      }
      readings.value = nextReadings;
      failures.value = nextFailures;
      const troubled = Object.keys(nextFailures).length > 0 || Date.now() - started > SLOW_MS;
      interval = troubled ? Math.min(MAX_INTERVAL, interval * 2) : BASE_INTERVAL;
    } catch (error) {
      if (mine !== showing) return;
      failures.value = Object.fromEntries(scope.value.map((id) => [id, { code: 'internal', message: String(error), details: {} } as SerializedError]));
      interval = Math.min(MAX_INTERVAL, interval * 2);
    } finally {
      if (mine === showing) {
        refreshing.value = false;
        if (again) {
          again = false;
          void refresh();
        } else schedule();
      }
    }
  }

  function schedule() {
    clearTimeout(timer);
    if (!stopped && document.visibilityState === 'visible') timer = setTimeout(() => void refresh(), interval);
  }

  const onVisibility = () => {
    if (document.visibilityState === 'visible') void refresh();
    else clearTimeout(timer);
  };

  return {
    failures,
    refreshing,
    figures,
    lists,
    updatedAt,
    readAt,
    refresh,
    setScope(ids) {
      scope.value = ids;
      interval = BASE_INTERVAL;
      void refresh();
    },
    start() {
      showing++;
      // The last good figures stay: shown with their age until a refresh succeeds.
      failures.value = {};
      scope.value = [];
      refreshing.value = false;
      again = false;
      interval = BASE_INTERVAL;
      stopped = false;
      document.addEventListener('visibilitychange', onVisibility);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}

function mergeTags(tags: MonitoringLists['tags']): MonitoringLists['tags'] {
  const merged = new Map<string, MonitoringLists['tags'][number]>();
  for (const tag of tags) {
    const existing = merged.get(tag.name);
    merged.set(tag.name, existing ? { name: tag.name, ticketsCount: existing.ticketsCount + tag.ticketsCount, closedTickets: existing.closedTickets + tag.closedTickets } : { ...tag });
  }
  return [...merged.values()].sort((a, b) => b.ticketsCount - a.ticketsCount);
}
