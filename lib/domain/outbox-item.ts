import type { ErrorCode, ErrorDetails } from '../errors/app-error';

export type OutboxStatus = 'pending' | 'delivering' | 'failed';

/**
 * A write that must reach Blip. Recorded in the same transaction as the local change; its `id`
 * is sent as the LIME envelope id. Writes to one entity (see outbox-order.ts) are delivered in the
 * order they were queued.
 */
export interface OutboxItem {
  id: string;
  installationId: string;
  /** Which kind of write it is (below); each kind's delivery is in `lib/background/outbox/outbox-kinds.ts`. */
  kind: string;
  payload: unknown;
  status: OutboxStatus;
  /** Failed attempts so far. */
  attempts: number;
  /** Epoch ms; for `delivering`, the moment the lease runs out (a killed worker loses its lease). */
  nextAttemptAt: number;
  /** Epoch ms, strictly increasing in the order writes were queued: the queue's order. */
  createdAt: number;
  lastError?: OutboxError;
  /**
   * An earlier attempt may have reached Blip (it timed out, got a 5xx or a broken reply, or its
   * worker was stopped mid-way): before sending again, the delivery checks whether it landed.
   */
  inDoubt?: boolean;
  /**
   * Epoch ms until which Blip may still apply an earlier attempt (or a write this one replaced): no
   * write of this entity is (re-)sent before then (see write-outcome.ts).
   */
  quietUntil?: number;
  /** What a write of several steps has already done (a template: the message went out, to whom). */
  progress?: Record<string, unknown>;
}

/** A write Blip accepted, remembered for a while (lib/db/outbox-delivery.ts). */
export interface DeliveredWrite {
  id: string;
  installationId: string;
  kind: string;
  deliveredAt: number;
  /** What the delivery answered (a template: who it went to and where the answer goes). */
  result?: unknown;
}

/** Why the last attempt failed, with the details the user's message needs. */
export interface OutboxError extends Pick<ErrorDetails, 'reason' | 'reasonText' | 'status' | 'retryAfterMs' | 'stalled' | 'fields'> {
  code: ErrorCode;
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

/** An active message (WhatsApp template); the item id is the message id. */
export const TEMPLATE_MESSAGE = 'templates.send';
export interface TemplateMessagePayload {
  /** The customer's phone (E.164 or as typed); looked up for the WhatsApp identity when `identity` is unknown. */
  phone: string;
  identity?: string;
  templateName: string;
  language: string;
  values: Record<string, string>;
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
