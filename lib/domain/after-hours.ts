import type { Delivery } from './delivery';
import { isWithinBusinessHours, type BusinessHours } from './business-hours';

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
 * (days off included), newest first. "Sent" counts only when the active message went out after the
 * customer's latest after-hours message, so a customer who writes again shows up to be answered again.
 */
export function afterHoursRows(candidates: AfterHoursCandidate[], hours: BusinessHours, options: { notifyOption: boolean; localSent?: Record<string, number> }, now: number): AfterHoursRow[] {
  const since = now - AFTER_HOURS_DAYS * DAY;
  const rows: AfterHoursRow[] = [];
  for (const candidate of candidates) {
    const outside = candidate.receivedAt.filter((at) => at >= since && at <= now && !isWithinBusinessHours(hours, at));
    if (!outside.length) continue;
    const contactedAt = Math.max(...outside);
    const remoteSent = Date.parse(candidate.extras?.[EXTRAS.activeMessageSentAt] ?? '');
    const sent = Math.max(Number.isNaN(remoteSent) ? 0 : remoteSent, options.localSent?.[candidate.identity] ?? 0);
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
