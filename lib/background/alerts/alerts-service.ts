import type { Database } from '../../db/database';
import { getAlertStatus, listAlertRules, listAlertStatuses, dropAlertStatuses, putAlertStatus, saveAlertRule } from '../../db/alerts';
import { listInstallations } from '../../db/installations';
import type { ActiveAlert, AlertRule, AlertStatus, AlertThresholds } from '../../domain/alerts';
import type { BusinessHours } from '../../domain/business-hours';
import { readAlertFigures } from '../../blip/alert-figures';
import { t } from '../../i18n/i18n';
import { breachWords, thresholdWords } from '../../i18n/alert-words';
import type { BlipClients } from '../installations/clients';
import type { AfterHoursService } from '../after-hours/after-hours-service';
import { clearNotification, clearNotificationsExcept, showNotification } from '../notify/notifications';
import { checkNumber } from './alert-check';

const HOURS_TTL_MS = 15 * 60_000;
export const ALERT_NOTIFICATION = 'alert:';

/** The notification id of one alert of one number. */
export const alertNotificationId = (installationId: string, kind: string) => `${ALERT_NOTIFICATION}${installationId}:${kind}`;

/**
 * Alerts: each number's thresholds, checked in the background (see alerts-jobs.ts). One check reads
 * only the figures the number's rule watches, within its business hours (kept 15 minutes), and shows a
 * notification when an alert starts and takes it away when it ends.
 */
export class AlertsService {
  private readonly hours = new Map<string, { hours: BusinessHours | undefined; at: number }>();

  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
    private readonly afterHours: AfterHoursService,
  ) {}

  async saveRule(installationId: string, thresholds: AlertThresholds, now = Date.now()): Promise<void> {
    await saveAlertRule(this.db, installationId, thresholds, now);
  }

  /**
   * Checks the numbers whose turn it is (all with `force`) and returns when the next check is due, or
   * undefined when no number has alerts (then nothing is checked at all).
   */
  async checkDue(now = Date.now(), force = false): Promise<number | undefined> {
    const [rules, statuses, installations] = await Promise.all([listAlertRules(this.db), listAlertStatuses(this.db), listInstallations(this.db)]);
    const names = new Map(installations.map((installation) => [installation.id, installation.name]));
    const live = rules.filter((rule) => names.has(rule.installationId));
    await this.forgetOthers(live, statuses.map((status) => status.installationId));
    const nextCheck = (list: AlertStatus[], rule: AlertRule) => list.find((status) => status.installationId === rule.installationId)?.nextCheckAt ?? now;
    const due = live.filter((rule) => force || nextCheck(statuses, rule) <= now);
    await Promise.all(due.map((rule) => this.check(rule, names.get(rule.installationId)!, now)));
    if (!live.length) return undefined;
    const after = await listAlertStatuses(this.db);
    return Math.min(...live.map((rule) => nextCheck(after, rule)));
  }

  private async check(rule: AlertRule, name: string, now: number): Promise<void> {
    const installationId = rule.installationId;
    const previous = await getAlertStatus(this.db, installationId);
    const result = await checkNumber({ rule, previous, hours: await this.hoursOf(installationId, now), read: async () => readAlertFigures(await this.clients.forInstallation(installationId), rule), now });
    await putAlertStatus(this.db, result.status);
    await Promise.all([
      ...result.ended.map((alert) => clearNotification(alertNotificationId(installationId, alert.kind))),
      ...result.started.map((alert) => showNotification(alertNotificationId(installationId, alert.kind), alertText(name, alert))),
    ]);
  }

  /** Drops the kept business hours (they changed): the next check reads them again. */
  forgetHours(): void {
    this.hours.clear();
  }

  /** Business hours, kept a while; none known (or unreadable) means the number is always checked. */
  private async hoursOf(installationId: string, now: number): Promise<BusinessHours | undefined> {
    const kept = this.hours.get(installationId);
    if (kept && now - kept.at < HOURS_TTL_MS) return kept.hours;
    const hours = await this.afterHours.hours(installationId).catch(() => kept?.hours);
    this.hours.set(installationId, { hours, at: now });
    return hours;
  }

  /** Numbers without a rule (or gone) have no alerts: their state and notifications go. */
  private async forgetOthers(rules: AlertRule[], withStatus: string[]): Promise<void> {
    const watched = new Set(rules.map((rule) => rule.installationId));
    await dropAlertStatuses(this.db, withStatus.filter((id) => !watched.has(id)));
    const keep = new Set((await listAlertStatuses(this.db)).flatMap((status) => status.active.map((alert) => alertNotificationId(status.installationId, alert.kind))));
    await clearNotificationsExcept(ALERT_NOTIFICATION, keep);
  }
}

/** The notification's words: the number and what crossed, the threshold. */
export function alertText(number: string, alert: ActiveAlert): { title: string; message: string } {
  return { title: t('alerts.notificationTitle', { number, what: breachWords(alert) }), message: t('alerts.notificationBody', { threshold: thresholdWords(alert) }).trim() };
}
