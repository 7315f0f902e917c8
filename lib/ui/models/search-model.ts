import { signal, type ReadonlySignal } from '@preact/signals';
import type { SearchResult, SearchStatus } from '../../domain/contact-search';
import type { SearchClient } from '../search-client';
import { sameResults } from './same-results';

/**
 * The Conversas search state, kept for the page's life so going back from a contact finds the
 * query, the results and the highlighted row as they were.
 */
export interface SearchModel {
  readonly query: ReadonlySignal<string>;
  readonly results: ReadonlySignal<SearchResult[]>;
  /** The text the shown results answer (results of an older keystroke are dropped). */
  readonly answered: ReadonlySignal<string>;
  /** The highlighted result. */
  readonly active: ReadonlySignal<number>;
  readonly status: ReadonlySignal<SearchStatus>;
  /** Searches as the agent types. */
  run(text: string): Promise<void>;
  /** Moves the highlight by `step`, wrapping around. */
  move(step: number): void;
  /** Cached names by identity (for lists that show customers by identity, e.g. Historial). */
  names(identities: string[]): Promise<Record<string, string | undefined>>;
}

/** Runs `task` after `ms` (a timer); returns how to cancel it. */
export type Scheduler = (task: () => void, ms: number) => () => void;

const timer: Scheduler = (task, ms) => {
  const handle = setTimeout(task, ms);
  return () => clearTimeout(handle);
};

/** The shortest time between two searches asked again because the index changed: one frame. */
export const REFRESH_INTERVAL = 16;

/**
 * Builds the search state over the page's search client. The index changes while it is read (each
 * part read, a first sync, numbers' roles): the shown results then follow it, asked again at most
 * once a frame and never while a search is on its way, so what the agent types is answered first;
 * a keystroke makes a pending refresh needless. Unchanged results are not shown again (the list is
 * not redrawn and the highlight stays).
 */
export function createSearchModel(client: SearchClient, schedule: Scheduler = timer, now: () => number = () => performance.now()): SearchModel {
  const query = signal('');
  const results = signal<SearchResult[]>([]);
  const answered = signal('');
  const active = signal(0);
  /** Index changes seen: a search asked at an older one may miss what came since. */
  let version = 0;
  let searching = 0;
  let cancelRefresh: (() => void) | undefined;
  let lastRefresh = -Infinity;

  async function ask(text: string): Promise<void> {
    const asked = version;
    searching++;
    let found: SearchResult[];
    try {
      found = await client.search(text);
    } finally {
      searching--;
    }
    if (query.value !== text) return;
    show(text, found);
    if (asked !== version) refreshSoon();
  }

  function show(text: string, found: SearchResult[]): void {
    if (answered.peek() === text && sameResults(results.peek(), found)) return;
    const highlighted = answered.peek() === text ? results.peek()[active.peek()]?.identity : undefined;
    const kept = highlighted === undefined ? -1 : found.findIndex((result) => result.identity === highlighted);
    results.value = found;
    answered.value = text;
    active.value = Math.max(kept, 0);
  }

  function refreshSoon(): void {
    if (cancelRefresh || !query.peek().trim()) return;
    cancelRefresh = schedule(refresh, Math.max(0, lastRefresh + REFRESH_INTERVAL - now()));
  }

  function refresh(): void {
    cancelRefresh = undefined;
    // The search on its way asks again when it is answered, if the index changed meanwhile.
    if (searching > 0 || !query.peek().trim()) return;
    lastRefresh = now();
    void ask(query.peek());
  }

  client.status.subscribe(() => {
    version++;
    refreshSoon();
  });

  return {
    query,
    results,
    answered,
    active,
    status: client.status,
    run(text) {
      cancelRefresh?.();
      cancelRefresh = undefined;
      query.value = text;
      return ask(text);
    },
    move(step) {
      const count = results.value.length;
      if (count > 0) active.value = (active.value + step + count) % count;
    },
    names: (identities) => client.names(identities),
  };
}
