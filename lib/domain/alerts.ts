import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import type { SerializedError } from '../errors/app-error';

/** What an alert watches on a number: the longest wait in queue, today's average first response, the queue's size, no agent online while tickets wait. */
export type AlertKind = 'queue-wait' | 'first-response' | 'queue-size' | 'no-agent';

const minutes = z.number().int().min(1).max(24 * 60);

/** The thresholds set for one number (minutes, tickets); an absent one is not watched. */
export const alertThresholdsSchema = lazySchema(() => z.object({
  maxQueueMinutes: minutes.optional(),
  firstResponseMinutes: minutes.optional(),
  queueSize: z.number().int().min(1).max(10_000).optional(),
  noAgentOnline: z.boolean().default(false),
}));
export type AlertThresholds = z.infer<typeof alertThresholdsSchema>;

/** A number's thresholds as stored. */
export interface AlertRule extends AlertThresholds {
  installationId: string;
  updatedAt: number;
}

/** The figures a check read (durations in ms); a figure not read is undefined. */
export interface AlertReading {
  maxQueueTime?: number;
  avgFirstResponseTime?: number;
  waiting?: number;
  online?: number;
}

/** A threshold crossed now: the figure and the threshold (ms for durations, counts otherwise). */
export interface Breach {
  kind: AlertKind;
  value: number;
  threshold: number;
}

/** A breach that is still on, since when (one notification for its whole life). */
export interface ActiveAlert extends Breach {
  since: number;
}

/** A number's alert state, written by each background check. */
export interface AlertStatus {
  installationId: string;
  checkedAt: number;
  /** Outside the number's business hours: nothing is checked and nothing is on. */
  quiet: boolean;
  active: ActiveAlert[];
  /** The last check's failure (its figures are then the previous ones). */
  error?: SerializedError;
  /** Checks that failed in a row (the next one waits longer). */
  failures: number;
  /** When this number is checked next (later while it is closed or failing). */
  nextCheckAt?: number;
}

const MINUTE = 60_000;

/** True when the rule watches something. */
export function watchesAnything(rule: AlertThresholds | undefined): boolean {
  return Boolean(rule && (rule.maxQueueMinutes || rule.firstResponseMinutes || rule.queueSize || rule.noAgentOnline));
}

/** Which Blip reads a rule needs: only those (so a number watched for one figure costs one call a check). */
export function readsFor(rule: AlertThresholds): Set<'waiting-tickets' | 'ticket-metrics' | 'tickets' | 'attendants'> {
  const reads = new Set<'waiting-tickets' | 'ticket-metrics' | 'tickets' | 'attendants'>();
  if (rule.maxQueueMinutes) reads.add('waiting-tickets');
  if (rule.firstResponseMinutes) reads.add('ticket-metrics');
  if (rule.queueSize || rule.noAgentOnline) reads.add('tickets');
  if (rule.noAgentOnline) reads.add('attendants');
  return reads;
}

/** The thresholds the reading crosses: a wait or a response at or past its minutes, a queue at or past its size, tickets waiting with no agent online. */
export function breachesOf(rule: AlertThresholds, reading: AlertReading): Breach[] {
  const found: Breach[] = [];
  const atLeast = (kind: AlertKind, value: number | undefined, threshold: number | undefined) => {
    if (value !== undefined && threshold !== undefined && value >= threshold) found.push({ kind, value, threshold });
  };
  atLeast('queue-wait', reading.maxQueueTime, rule.maxQueueMinutes && rule.maxQueueMinutes * MINUTE);
  atLeast('first-response', reading.avgFirstResponseTime, rule.firstResponseMinutes && rule.firstResponseMinutes * MINUTE);
  atLeast('queue-size', reading.waiting, rule.queueSize);
  if (rule.noAgentOnline && reading.online === 0 && (reading.waiting ?? 0) > 0) found.push({ kind: 'no-agent', value: reading.waiting!, threshold: 0 });
  return found;
}

/**
 * The alerts after a check: a breach already on keeps its start (and gets the new figure); a new one
 * starts now; one no longer crossed ends. `started` are the ones to notify, `ended` the ones to clear.
 */
export function nextAlerts(previous: ActiveAlert[], breaches: Breach[], now: number): { active: ActiveAlert[]; started: ActiveAlert[]; ended: ActiveAlert[] } {
  const before = new Map(previous.map((alert) => [alert.kind, alert]));
  const active = breaches.map((breach) => ({ ...breach, since: before.get(breach.kind)?.since ?? now }));
  const kinds = new Set(breaches.map((breach) => breach.kind));
  return {
    active,
    started: active.filter((alert) => !before.has(alert.kind)),
    ended: previous.filter((alert) => !kinds.has(alert.kind)),
  };
}
