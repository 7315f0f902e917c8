import { useEffect, useState } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import { alertFormFrom, thresholdsFrom, NUMBER_FIELDS, type AlertFormValues } from '@/lib/ui/forms/alert-form';
import { askForNotifications, notificationsGranted } from '@/lib/ui/actions/notifications-permission';
import { watchesAnything } from '@/lib/domain/alerts';
import { t } from '@/lib/i18n/i18n';
import { Field } from '../ui/Field';
import { ErrorNotice } from '../ui/ErrorNotice';
import { AlertStatusLine } from './AlertStatusLine';

const LABELS = { maxQueueMinutes: 'alerts.maxQueue', firstResponseMinutes: 'alerts.firstResponse', queueSize: 'alerts.queueSize' } as const;

/**
 * The thresholds of one number (the board's number, or one chosen when the board shows them all).
 * Saving the first thresholds asks for desktop notifications, from the click itself.
 */
export function AlertSettings({ models, scope }: { models: SidePanelModels; scope: string | undefined }) {
  const installations = models.app.installations.value;
  const [chosen, setChosen] = useState(scope ?? models.app.selected.value?.id ?? installations[0]?.id ?? '');
  useEffect(() => {
    if (scope) setChosen(scope);
  }, [scope]);
  const rule = models.alerts.rules.value.find((candidate) => candidate.installationId === chosen);
  const [values, setValues] = useState<AlertFormValues>(alertFormFrom(rule));
  const [invalid, setInvalid] = useState<string[]>([]);
  const [saved, setSaved] = useState<'saved' | 'removed'>();
  const [error, setError] = useState<unknown>();
  const [notifications, setNotifications] = useState<boolean>();
  useEffect(() => setValues(alertFormFrom(rule)), [chosen, rule?.updatedAt]);
  useEffect(() => void notificationsGranted().then(setNotifications), []);

  const save = (clear: boolean) => {
    const result = clear ? { thresholds: { noAgentOnline: false } } : thresholdsFrom(values);
    if ('invalid' in result) return setInvalid(result.invalid);
    // Asked with the number's first thresholds, before anything is awaited (the browser grants it only from the click).
    const asked = !rule && notifications !== true && watchesAnything(result.thresholds) ? askForNotifications() : Promise.resolve(notifications ?? false);
    setInvalid([]);
    setError(undefined);
    setSaved(undefined);
    void asked.then(setNotifications);
    models.alerts.save(chosen, result.thresholds).then(() => setSaved(watchesAnything(result.thresholds) ? 'saved' : 'removed'), setError);
  };

  if (!installations.length) return null;
  return (
    <details class="alert-settings" data-testid="alert-settings">
      <summary>{t('alerts.title')}</summary>
      <p class="small muted">{t('alerts.intro')}</p>
      {!scope && (
        <label class="field">
          {t('alerts.number')}
          <select value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
            {installations.map((installation) => <option key={installation.id} value={installation.id}>{installation.name}</option>)}
          </select>
        </label>
      )}
      <form onSubmit={(event) => { event.preventDefault(); save(false); }} noValidate>
        {NUMBER_FIELDS.map((field) => (
          <Field key={field} id={`alert-${field}`} label={t(LABELS[field])} error={invalid.includes(field) ? t('alerts.invalid') : undefined}>
            {(describedBy) => <input id={`alert-${field}`} type="number" min={1} step={1} inputMode="numeric" value={values[field]} aria-describedby={describedBy} aria-invalid={invalid.includes(field)} onInput={(event) => setValues({ ...values, [field]: event.currentTarget.value })} />}
          </Field>
        ))}
        <label class="field check">
          <input type="checkbox" checked={values.noAgentOnline} onChange={(event) => setValues({ ...values, noAgentOnline: event.currentTarget.checked })} />
          {t('alerts.noAgent')}
        </label>
        <div class="row">
          <button type="submit" class="primary">{t('alerts.save')}</button>
          {rule && <button type="button" onClick={() => save(true)}>{t('alerts.remove')}</button>}
        </div>
      </form>
      {saved && <p class="small" role="status">{t(saved === 'saved' ? 'alerts.saved' : 'alerts.removed')}</p>}
      {error !== undefined && <ErrorNotice error={error} />}
      {rule && notifications === false && (
        <div class="notice warning" data-testid="alerts-notifications-off">
          <span>{t('alerts.notificationsOff')}</span>
          <button type="button" onClick={() => void askForNotifications().then(setNotifications)}>{t('alerts.enableNotifications')}</button>
        </div>
      )}
      {rule && <AlertStatusLine status={models.alerts.statuses.value.find((status) => status.installationId === chosen)} />}
    </details>
  );
}
