import type { LimeReply } from '../lime-reply';
import { failure } from '../lime-reply';
import { DESK_DAY_MS, deskDayOf } from '../desk/desk-day';

/** The Desk days a report covers: from the start of `beginDate` to the end of `endDate` (both included). */
export interface ReportPeriod {
  from: number;
  /** Exclusive. */
  to: number;
}

/**
 * Reads the report filters the docs mark **required** (`beginDate`, `endDate`, `yyyy-mm-dd`, the end
 * day included). Missing, unreadable or reversed dates are refused as an invalid argument (64).
 */
export function readPeriod(query: URLSearchParams): ReportPeriod | LimeReply {
  const begin = query.get('beginDate');
  const end = query.get('endDate');
  if (!begin || !end) return failure(64, 'The beginDate and endDate filters are required');
  const from = deskDayOf(begin);
  const last = deskDayOf(end);
  if (from === undefined || last === undefined) return failure(64, 'The beginDate and endDate filters must be dates (yyyy-mm-dd)');
  if (last < from) return failure(64, 'The endDate must not be before the beginDate');
  return { from, to: last + DESK_DAY_MS };
}

export function isPeriod(value: ReportPeriod | LimeReply): value is ReportPeriod {
  return 'from' in value;
}
