import { signal } from '@preact/signals';
import type { SearchResult } from '../search/search-engine';
import { getSearchClient, type SearchClient } from './search-client';

/**
 * The Conversas search state, kept for the page's life so going back from a contact finds the
 * query, the results and the highlighted row as they were.
 */
export function createSearchModel(client: SearchClient = getSearchClient()) {
  const query = signal('');
  const results = signal<SearchResult[]>([]);
  /** The text the shown results answer (results of an older keystroke are dropped). */
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

  // The index grows while a first sync downloads: ask again so results follow.
  let indexed = client.status.value.indexed;
  client.status.subscribe((status) => {
    if (status.indexed !== indexed && query.value.trim()) void run(query.value);
    indexed = status.indexed;
  });

  return {
    query,
    results,
    answered,
    active,
    status: client.status,
    run,
    move(step: number) {
      const count = results.value.length;
      if (count > 0) active.value = (active.value + step + count) % count;
    },
  };
}

export type SearchModel = ReturnType<typeof createSearchModel>;

let shared: SearchModel | undefined;

/** The page's search model. */
export function getSearchModel(): SearchModel {
  shared ??= createSearchModel();
  return shared;
}
