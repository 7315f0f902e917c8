import type { AlertKind } from '../../domain/alerts';
import type { MessageKey } from '../../i18n/messages';
import type { MessageParams } from '../../i18n/i18n';

/** What the badge tells: the absence of the selected number, and the alerts on now. */
export interface BadgeInput {
  absentOn?: string;
  alerts: Array<{ number: string; kind: AlertKind }>;
}

const ALERT_COLOR = '#c2410c';
const ABSENCE_COLOR = '#b3261e';

/**
 * One badge for two things. Alerts win the badge's few characters (a count, "9+" past nine, on
 * orange): they ask for action now, while the absence is a standing state the agent set and the
 * panel and popup show. The tooltip always names both, so an absent agent with alerts sees both.
 */
export function badgeOf(input: BadgeInput, t: (key: MessageKey, params?: MessageParams) => string): { text: string; color?: string; title: string } {
  const lines = [t('app.name')];
  if (input.alerts.length) lines.push(t('alerts.badgeTitle', { count: input.alerts.length }), ...input.alerts.map((alert) => `• ${alert.number}: ${t(`alerts.kind.${alert.kind}`)}`));
  if (input.absentOn) lines.push(t('alerts.absentOn', { number: input.absentOn }));
  const title = lines.join('\n');
  if (input.alerts.length) return { text: input.alerts.length > 9 ? '9+' : String(input.alerts.length), color: ALERT_COLOR, title };
  if (input.absentOn) return { text: t('absence.badge'), color: ABSENCE_COLOR, title };
  return { text: '', title };
}
