import type { SearchResult, SearchStatus } from './search-engine';

/** Messages between the side panel and the search worker. */
export type ToSearchWorker = { type: 'search'; id: number; text: string; limit?: number };

export type FromSearchWorker =
  | { type: 'results'; id: number; results: SearchResult[] }
  | { type: 'status'; status: SearchStatus }
  | { type: 'error'; id: number; message: string };
