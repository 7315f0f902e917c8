import type { ReplyCategory } from './replies';

/** A category in the local copy. */
export interface ReplyCategoryRecord extends ReplyCategory {
  /** Order in the list (the module's; Blip keeps no category order). */
  position: number;
  /**
   * Per number, the fingerprint of the version that number last accepted from us or that we last
   * read from it. A different fingerprint there means someone else changed it.
   */
  synced: Record<string, string>;
  /** Deleted here; kept until every number has deleted it too. */
  deleted?: boolean;
  updatedAt: number;
}

/** A number whose copy changed elsewhere while we had a change on the way: the user chooses. */
export interface ReplyConflictRecord {
  categoryId: string;
  installationId: string;
  /** Their version; null when they deleted it. */
  theirs: ReplyCategory | null;
  detectedAt: number;
}

/** How often and how lately the agent inserted a reply: most used and recent come first. */
export interface ReplyUsageRecord {
  replyId: string;
  count: number;
  lastUsedAt: number;
}
