import { signal, type ReadonlySignal } from '@preact/signals';
import { getDb } from '../db/database';
import { SearchEngine, type SearchResult, type SearchStatus } from '../search/search-engine';
import type { FromSearchWorker, ToSearchWorker } from '../search/search-protocol';

/** The panel's handle on contact search: a worker when the context has them, the engine in-thread otherwise. */
export interface SearchClient {
  status: ReadonlySignal<SearchStatus>;
  search(text: string): Promise<SearchResult[]>;
}

let shared: SearchClient | undefined;

/** One search client per page, created on first use. */
export function getSearchClient(): SearchClient {
  shared ??= typeof Worker === 'undefined' ? inThread() : inWorker();
  return shared;
}

function inWorker(): SearchClient {
  const status = signal<SearchStatus>({ indexed: 0, building: true });
  const worker = new Worker(new URL('../search/search-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (results: SearchResult[]) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  worker.addEventListener('message', (event: MessageEvent<FromSearchWorker>) => {
    const message = event.data;
    if (message.type === 'status') {
      status.value = message.status;
      return;
    }
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.type === 'results') pending?.resolve(message.results);
    else pending?.reject(new Error(message.message));
  });
  return {
    status,
    search(text) {
      const id = nextId++;
      const request: ToSearchWorker = { type: 'search', id, text };
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage(request);
      });
    },
  };
}

function inThread(): SearchClient {
  const status = signal<SearchStatus>({ indexed: 0, building: true });
  const engine = new SearchEngine(getDb(), (next) => (status.value = next));
  engine.start();
  return { status, search: async (text) => engine.search(text) };
}
