import { getDb } from '../db/database';
import { SearchEngine } from './search-engine';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';

/**
 * The search worker: started with the panel, it reads the stored index (the background keeps it)
 * and answers queries off the panel's main thread.
 */
const post = (message: FromSearchWorker) => self.postMessage(message);
const engine = new SearchEngine(getDb(), (status) => post({ type: 'status', status }));
engine.start();

self.addEventListener('message', (event: MessageEvent<ToSearchWorker>) => {
  const request = event.data;
  const fail = (error: unknown) => post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  try {
    if (request.type === 'names') engine.names(request.identities).then((names) => post({ type: 'names', id: request.id, names }), fail);
    else post({ type: 'results', id: request.id, results: engine.search(request.text, request.limit) });
  } catch (error) {
    fail(error);
  }
});
