import { signal, type ReadonlySignal } from '@preact/signals';
import type { SearchResult, SearchStatus } from '../domain/contact-search';
import type { FromSearchWorker, ToSearchWorker } from '../search/search-protocol';
import { firstPaint } from './first-paint';

type Names = Record<string, string | undefined>;

/** The panel's handle on contact search: a worker when the context has them, the engine in-thread otherwise. */
export interface SearchClient {
  status: ReadonlySignal<SearchStatus>;
  search(text: string): Promise<SearchResult[]>;
  /** Cached names by identity (for lists that show customers by identity, e.g. Historial). */
  names(identities: string[]): Promise<Names>;
}

/** The page's search client (built once, by the page's models): its worker starts as soon as the page has painted. */
export function createSearchClient(): SearchClient {
  return typeof Worker === 'undefined' ? inThread() : inWorker();
}

type Request = ToSearchWorker extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The status before the index has said anything: nothing to tell. (It used to say "building, 0
 * contacts", which the panel's first frame showed as "Preparando la búsqueda (0 contactos)…" on
 * every opening, and formatting that number cost the first frame a number formatter.)
 */
const UNREPORTED: SearchStatus = { indexed: 0, building: false, skipped: 0 };

function inWorker(): SearchClient {
  const status = signal<SearchStatus>(UNREPORTED);
  const worker = firstPaint.then(() => {
    const started = new Worker(new URL('../search/search-worker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', onMessage);
    return started;
  });
  const waiting = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  function onMessage(event: MessageEvent<FromSearchWorker>) {
    const message = event.data;
    if (message.type === 'status') {
      status.value = message.status;
      return;
    }
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.type === 'error') pending?.reject(new Error(message.message));
    else pending?.resolve((message.type === 'results' ? message.results : message.names) as never);
  }
  const ask = <T>(request: Request) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: never) => void, reject });
      void worker.then((started) => started.postMessage({ ...request, id } as ToSearchWorker));
    });
  return {
    status,
    search: (text) => ask<SearchResult[]>({ type: 'search', text }),
    names: (identities) => ask<Names>({ type: 'names', identities }),
  };
}

/** Without workers (some test contexts): the same engine on the page's thread, loaded on demand. */
function inThread(): SearchClient {
  const status = signal<SearchStatus>(UNREPORTED);
  const engine = firstPaint.then(() => Promise.all([import('../db/database'), import('../search/search-engine')])).then(([{ getDb }, { SearchEngine }]) => {
    const started = new SearchEngine(getDb(), (next) => (status.value = next));
    started.start();
    return started;
  });
  return { status, search: async (text) => (await engine).search(text), names: async (identities) => (await engine).names(identities) };
}
