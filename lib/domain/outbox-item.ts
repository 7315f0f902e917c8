import type { ErrorCode } from '../errors/app-error';

export type OutboxStatus = 'pending' | 'delivering' | 'failed';

/**
 * A write that must reach Blip. Recorded in the same transaction as the local change; its `id`
 * is sent as the LIME envelope id, so a repeated delivery is recognised as the same write.
 */
export interface OutboxItem {
  id: string;
  installationId: string;
  /** Which kind of write it is (below); each kind's delivery is in `lib/background/outbox/outbox-kinds.ts`. */
  kind: string;
  payload: unknown;
  status: OutboxStatus;
  attempts: number;
  /** Epoch ms; for `delivering`, the moment the lease runs out (a killed worker loses its lease). */
  nextAttemptAt: number;
  createdAt: number;
  lastError?: { code: ErrorCode; reason?: number };
}

/** A number's agent-absence setting for its bot resource; the payload is the `AbsenceSetting`. */
export const ABSENCE_WRITE = 'absence.put';

/** An after-hours contact was sent an active message: the mark goes on the contact's extras. */
export const AFTER_HOURS_SENT = 'afterhours.sent';
export interface AfterHoursSentPayload {
  identity: string;
  /** ISO date. */
  sentAt: string;
}

/** A text message typed in the contact view. */
export const TEXT_MESSAGE = 'conversation.text';
export interface TextMessagePayload {
  identity: string;
  text: string;
}

/** Makes one number's copy of a ready-reply category match ours (write or delete). */
export const REPLIES_PUT = 'replies.put';
export interface RepliesPutPayload {
  categoryId: string;
  /**
   * The user chose their version over a change made elsewhere: the fingerprint of that other version
   * (null when it was a deletion). Only that exact version is written over; a newer change is a new conflict.
   */
  overwrite?: string | null;
}
