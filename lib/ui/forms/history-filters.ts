import { HISTORY_DAYS } from '../../domain/history-filter';
import type { TICKET_STATUSES } from '../../domain/history-filter';

export interface HistoryFilterValues {
  from: string;
  to: string;
  status: '' | (typeof TICKET_STATUSES)[number];
  agentIdentity: string;
  customer: string;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The default view: the whole 3-month window, every status, agent and customer. */
export function defaultFilters(now = Date.now()): HistoryFilterValues {
  return { from: isoDay(now - (HISTORY_DAYS - 1) * 86_400_000), to: isoDay(now), status: '', agentIdentity: '', customer: '' };
}

/** The earliest day the period may start. */
export function oldestDay(now = Date.now()): string {
  return isoDay(now - (HISTORY_DAYS - 1) * 86_400_000);
}

/** A message key for a period the history cannot serve, or undefined when it is fine. */
export function periodProblem(values: HistoryFilterValues, now = Date.now()): 'history.periodInvalid' | 'history.periodLimit' | undefined {
  if (!values.from || !values.to || values.from > values.to) return 'history.periodInvalid';
  if (values.to < oldestDay(now)) return 'history.periodLimit';
  return undefined;
}
