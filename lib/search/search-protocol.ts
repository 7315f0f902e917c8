import type { SearchResult, SearchStatus } from '../domain/contact-search';

/** Messages between the side panel and the search worker. */
export type ToSearchWorker = { type: 'search'; id: number; text: string; limit?: number } | { type: 'names'; id: number; identities: string[] };

export type FromSearchWorker =
  | { type: 'results'; id: number; results: SearchResult[] }
  | { type: 'names'; id: number; names: Record<string, string | undefined> }
  | { type: 'status'; status: SearchStatus }
  | { type: 'error'; id: number; message: string };
