import { signal, type ReadonlySignal } from '@preact/signals';
import { getDb } from '../db/database';
import { SearchEngine } from '../search/search-engine';
import type { SearchResult, SearchStatus } from '../domain/contact-search';
import type { FromSearchWorker, ToSearchWorker } from '../search/search-protocol';

type Names = Record<string, string | undefined>;

/** The panel's handle on contact search: a worker when the context has them, the engine in-thread otherwise. */
export interface SearchClient {
  status: ReadonlySignal<SearchStatus>;
  search(text: string): Promise<SearchResult[]>;
  /** Cached names by identity (for lists that show customers by identity, e.g. Historial). */
  names(identities: string[]): Promise<Names>;
}

/** The page's search client (built once, by the page's models): it starts the index build. */
export function createSearchClient(): SearchClient {
  return typeof Worker === 'undefined' ? inThread() : inWorker();
}

type Request = ToSearchWorker extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function inWorker(): SearchClient {
  const status = signal<SearchStatus>({ indexed: 0, building: true, skipped: 0 });
  const worker = new Worker(new URL('../search/search-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  worker.addEventListener('message', (event: MessageEvent<FromSearchWorker>) => {
    const message = event.data;
    if (message.type === 'status') {
      status.value = message.status;
      return;
    }
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.type === 'error') pending?.reject(new Error(message.message));
    else pending?.resolve((message.type === 'results' ? message.results : message.names) as never);
  });
  const ask = <T>(request: Request) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: never) => void, reject });
      worker.postMessage({ ...request, id } as ToSearchWorker);
    });
  return {
    status,
    search: (text) => ask<SearchResult[]>({ type: 'search', text }),
    names: (identities) => ask<Names>({ type: 'names', identities }),
  };
}

function inThread(): SearchClient {
  const status = signal<SearchStatus>({ indexed: 0, building: true, skipped: 0 });
  const engine = new SearchEngine(getDb(), (next) => (status.value = next));
  engine.start();
  return { status, search: async (text) => engine.search(text), names: (identities) => engine.names(identities) };
}
