import type { Delivery } from './delivery';
import { isWithinBusinessHours, type BusinessHours } from './business-hours';
import type { ThreadMessage } from './ticket';

/** The list keeps contacts of the last 7 days; older ones drop off (the spec). */
export const AFTER_HOURS_DAYS = 7;
const DAY = 86_400_000;

/** Contact extras written by the bot's "notify next business hours" option and by this extension. */
export const EXTRAS = {
  callbackRequested: 'asistencia.retornoSolicitado',
  activeMessageSentAt: 'asistencia.mensajeActivoEnviado',
} as const;

export interface AfterHoursCandidate {
  identity: string;
  name?: string;
  phone?: string;
  extras?: Record<string, string> | null;
  /** Dates (epoch ms) of the messages the customer sent. */
  receivedAt: number[];
  /** Dates (epoch ms) of the active messages (templates) the customer was sent, from anywhere. */
  activeSentAt?: number[];
}

/**
 * What the after-hours list keeps of one contact of a number (the background refreshes it when the
 * contact's thread changes): the contact's details and its thread's dates within the last 7 days.
 */
export interface AfterHoursContactRecord extends AfterHoursCandidate {
  installationId: string;
  activeSentAt: number[];
  /** Date (epoch ms) of the newest message read from the thread: the next read starts after it. */
  readUntil: number;
  /** The newest active message's delivery as the thread last showed it (its notification status). */
  activeDelivery?: ActiveDelivery;
}

/** Where the newest active message to a customer stands, as the thread shows it. */
export interface ActiveDelivery {
  at: number;
  status?: string | null;
  reason?: { code?: number; description?: string } | null;
  /** When the thread was last asked about this delivery (epoch ms), if ever. */
  checkedAt?: number;
}

/** Where a number's after-hours list stands. */
export interface AfterHoursState {
  installationId: string;
  /** When the threads were last listed: threads active after it are read again. */
  threadsSeenAt?: number;
  /**
   * The threads read at that listing, with the date (epoch ms) of the last message each had: listed
   * again unchanged (Blip's listing is asked with a margin), they are not read again.
   */
  threadsRead?: Record<string, number>;
  /** Desk's attendance hours (null: Desk has none usable) and when they were read. */
  deskHours?: { value: BusinessHours | null; at: number };
  /** The bot's "notify next business hours" option, and when it was read. */
  notifyOption?: { value: boolean; at: number };
}

/** A thread message as the after-hours list reads it. */
export type ThreadDates = Pick<ThreadMessage, 'direction' | 'type' | 'content' | 'date' | 'status' | 'reason'>;

/**
 * An active message: a WhatsApp template sent to the customer (blip-api.md §10.2), by this
 * extension, Blip Desk or anything else that writes to the number.
 */
export function isActiveMessage(message: Pick<ThreadDates, 'direction' | 'type' | 'content'>): boolean {
  return message.direction === 'sent' && message.type === 'application/json' && typeof message.content === 'object' && message.content !== null && (message.content as { type?: unknown }).type === 'template';
}

/**
 * Adds a thread's messages to a contact's dates, keeping those at or after `since` (epoch ms), each
 * once, and the newest active message's delivery.
 */
export function withThreadDates(record: Pick<AfterHoursContactRecord, 'receivedAt' | 'activeSentAt' | 'readUntil' | 'activeDelivery'>, messages: ThreadDates[], since: number) {
  const received = new Set(record.receivedAt.filter((at) => at >= since));
  const active = new Set(record.activeSentAt.filter((at) => at >= since));
  let readUntil = record.readUntil;
  let activeDelivery = record.activeDelivery && record.activeDelivery.at >= since ? record.activeDelivery : undefined;
  for (const message of messages) {
    const at = Date.parse(message.date);
    if (Number.isNaN(at)) continue;
    readUntil = Math.max(readUntil, at);
    if (at < since) continue;
    if (message.direction === 'received') received.add(at);
    else if (isActiveMessage(message)) {
      active.add(at);
      if (!activeDelivery || at >= activeDelivery.at) activeDelivery = { at, status: message.status, reason: message.reason };
    }
  }
  return { receivedAt: [...received].sort((a, b) => a - b), activeSentAt: [...active].sort((a, b) => a - b), readUntil, ...(activeDelivery ? { activeDelivery } : {}) };
}

export interface AfterHoursRow {
  identity: string;
  name?: string;
  phone?: string;
  /** The customer's latest message outside business hours. */
  contactedAt: number;
  /** undefined = "N/D": the bot's option is off. */
  callbackRequested?: boolean;
  /** When an active message was sent after that contact, if one was. */
  sentAt?: number;
  /** Where that active message stands, as WhatsApp reported it (read from the customer's thread). */
  delivery?: Delivery;
}

/**
 * The after-hours contacts: customers whose messages in the last 7 days fell outside business hours
 * (days off included), newest first. "Sent" counts when an active message went out after the
 * customer's latest after-hours message — seen in the thread (sent from here, Conversas, Desk or
 * anywhere), marked here, or marked in the contact's extras — so a customer who writes again shows
 * up to be answered again.
 */
export function afterHoursRows(candidates: AfterHoursCandidate[], hours: BusinessHours, options: { notifyOption: boolean; localSent?: Record<string, number> }, now: number): AfterHoursRow[] {
  const since = now - AFTER_HOURS_DAYS * DAY;
  const rows: AfterHoursRow[] = [];
  for (const candidate of candidates) {
    const outside = candidate.receivedAt.filter((at) => at >= since && at <= now && !isWithinBusinessHours(hours, at));
    if (!outside.length) continue;
    const contactedAt = Math.max(...outside);
    const remoteSent = Date.parse(candidate.extras?.[EXTRAS.activeMessageSentAt] ?? '');
    const sent = Math.max(Number.isNaN(remoteSent) ? 0 : remoteSent, options.localSent?.[candidate.identity] ?? 0, ...(candidate.activeSentAt ?? []));
    rows.push({
      identity: candidate.identity,
      name: candidate.name?.trim() || undefined,
      phone: candidate.phone,
      contactedAt,
      callbackRequested: options.notifyOption ? candidate.extras?.[EXTRAS.callbackRequested] === 'true' : undefined,
      sentAt: sent >= contactedAt ? sent : undefined,
    });
  }
  return rows.sort((a, b) => b.contactedAt - a.contactedAt);
}
