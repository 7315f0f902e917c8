import { signal, type ReadonlySignal } from '@preact/signals';
import type { SearchResult, SearchStatus } from '../../domain/contact-search';
import type { SearchClient } from '../search-client';

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

/** Builds the search state over the page's search client. */
export function createSearchModel(client: SearchClient): SearchModel {
  const query = signal('');
  const results = signal<SearchResult[]>([]);
  const answered = signal('');
  const active = signal(0);

  async function run(text: string): Promise<void> {
    query.value = text;
    const found = await client.search(text);
    if (query.value !== text) return;
    results.value = found;
    answered.value = text;
    active.value = 0;
  }

  // The index is read, grows while a first sync downloads, and the numbers' roles change: ask
  // again on every change, so the results follow.
  client.status.subscribe(() => {
    if (query.peek().trim()) void run(query.peek());
  });

  return {
    query,
    results,
    answered,
    active,
    status: client.status,
    run,
    move(step) {
      const count = results.value.length;
      if (count > 0) active.value = (active.value + step + count) % count;
    },
    names: (identities) => client.names(identities),
  };
}
