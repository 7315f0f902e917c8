import { liveSignal } from '../live-signal';

/** The local copy of the ready replies and their conflicts, live from IndexedDB. Edits go through RPC. */
export function createRepliesModel() {
  return {
    categories: liveSignal('replyCategories', []),
    conflicts: liveSignal('replyConflicts', []),
  };
}

/** The ready replies as the Respuestas section shows them (read-only signals). */
export type RepliesModel = ReturnType<typeof createRepliesModel>;
