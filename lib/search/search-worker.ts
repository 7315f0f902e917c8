import { getDb } from '../db/database';
import { SearchEngine } from './search-engine';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';

/**
 * The search worker: the index is built and queried here, off the panel's main thread, so a first
 * build over a big cache never freezes the panel. It reads the same IndexedDB the background fills.
 */
const post = (message: FromSearchWorker) => self.postMessage(message);
const engine = new SearchEngine(getDb(), (status) => post({ type: 'status', status }));
engine.start();

self.addEventListener('message', (event: MessageEvent<ToSearchWorker>) => {
  const request = event.data;
  try {
    if (request.type === 'names') post({ type: 'names', id: request.id, names: engine.names(request.identities) });
    else post({ type: 'results', id: request.id, results: engine.search(request.text, request.limit) });
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
