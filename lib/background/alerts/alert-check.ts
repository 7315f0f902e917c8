import { breachesOf, nextAlerts, type ActiveAlert, type AlertRule, type AlertStatus } from '../../domain/alerts';
import { isWithinBusinessHours, type BusinessHours } from '../../domain/business-hours';
import { nextOpening } from '../../domain/opening';
import { ALERT_CHECK_MS } from '../../domain/refresh-cadence';
import type { AlertReading } from '../../domain/alerts';
import { toAppError } from '../../errors/app-error';

const MAX_BACKOFF_MS = 10 * 60_000;
/** A closed number whose next opening is unknown is looked at again after this long. */
const CLOSED_RECHECK_MS = 30 * 60_000;

/** What one check of a number needs from the outside world. */
export interface CheckInputs {
  rule: AlertRule;
  previous: AlertStatus | undefined;
  /** The number's business hours; undefined when none are known (then it is always checked). */
  hours: BusinessHours | undefined;
  read: () => Promise<AlertReading>;
  now: number;
}

/** A number's new status and the notifications to show and take away. */
export interface CheckResult {
  status: AlertStatus;
  started: ActiveAlert[];
  ended: ActiveAlert[];
}

/**
 * One check of one number: outside its business hours nothing is read and its alerts end (quiet
 * hours); inside, the figures are read and compared with the thresholds. A failed read keeps the
 * alerts as they were and checks again later and later (30 s doubling, up to 10 min).
 */
export async function checkNumber({ rule, previous, hours, read, now }: CheckInputs): Promise<CheckResult> {
  const base = { installationId: rule.installationId, checkedAt: now };
  if (hours && !isWithinBusinessHours(hours, now)) {
    const opens = nextOpening(hours, now);
    return { status: { ...base, quiet: true, active: [], failures: 0, nextCheckAt: opens ?? now + CLOSED_RECHECK_MS }, started: [], ended: previous?.active ?? [] };
  }
  try {
    const { active, started, ended } = nextAlerts(previous?.quiet ? [] : (previous?.active ?? []), breachesOf(rule, await read()), now);
    return { status: { ...base, quiet: false, active, failures: 0, nextCheckAt: now + ALERT_CHECK_MS }, started, ended };
  } catch (error) {
    const failures = (previous?.failures ?? 0) + 1;
    return {
      status: { ...base, quiet: false, active: previous?.active ?? [], failures, error: toAppError(error).toJSON(), nextCheckAt: now + Math.min(MAX_BACKOFF_MS, ALERT_CHECK_MS * 2 ** (failures - 1)) },
      started: [],
      ended: [],
    };
  }
}
