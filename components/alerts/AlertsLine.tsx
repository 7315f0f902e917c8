import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { breachWords } from '@/lib/i18n/alert-words';

/** The panel's line for the alerts on now, each with a way to its number's board. Shown on every section. */
export function AlertsLine({ models }: { models: SidePanelModels }) {
  const active = models.alerts.active.value;
  if (!active.length) return null;
  const name = (id: string) => models.app.installations.value.find((installation) => installation.id === id)?.name ?? id;
  return (
    <div class="notice warning alerts-line" role="status" data-testid="alerts-line">
      <ul>
        {active.map((alert) => (
          <li key={`${alert.installationId}:${alert.kind}`} data-kind={alert.kind}>
            <span>{t('alerts.line', { number: name(alert.installationId), what: breachWords(alert), since: formatDateTime(alert.since, { timeStyle: 'short' }) })}</span>{' '}
            <button type="button" class="link-button" onClick={() => models.navigation.openMonitoring(alert.installationId)} aria-label={t('alerts.openFor', { number: name(alert.installationId) })}>
              {t('alerts.open')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
