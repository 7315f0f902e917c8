import { alertThresholdsSchema, type AlertThresholds } from '../../domain/alerts';

/** The alert form as typed: numbers as text (empty = not watched). */
export interface AlertFormValues {
  maxQueueMinutes: string;
  firstResponseMinutes: string;
  queueSize: string;
  noAgentOnline: boolean;
}

export const NUMBER_FIELDS = ['maxQueueMinutes', 'firstResponseMinutes', 'queueSize'] as const;

export function alertFormFrom(rule?: AlertThresholds): AlertFormValues {
  return {
    maxQueueMinutes: rule?.maxQueueMinutes ? String(rule.maxQueueMinutes) : '',
    firstResponseMinutes: rule?.firstResponseMinutes ? String(rule.firstResponseMinutes) : '',
    queueSize: rule?.queueSize ? String(rule.queueSize) : '',
    noAgentOnline: rule?.noAgentOnline ?? false,
  };
}

/** The thresholds the form means, or the fields that are not whole numbers in range. */
export function thresholdsFrom(values: AlertFormValues): { thresholds: AlertThresholds } | { invalid: Array<(typeof NUMBER_FIELDS)[number]> } {
  const read = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
  const candidate = { noAgentOnline: values.noAgentOnline, ...Object.fromEntries(NUMBER_FIELDS.map((field) => [field, read(values[field])])) };
  const parsed = alertThresholdsSchema.safeParse(candidate);
  if (parsed.success) return { thresholds: parsed.data };
  return { invalid: [...new Set(parsed.error.issues.map((issue) => issue.path[0]).filter((field): field is (typeof NUMBER_FIELDS)[number] => NUMBER_FIELDS.includes(field as never)))] };
}
