import { useEffect, useState } from 'preact/hooks';
import type { AppModel } from '@/lib/ui/models/app-model';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { canSetAbsence } from '@/lib/domain/absence';
import { ParkedWrite } from './ParkedWrite';

/**
 * Each number with its absence state, switched with one click (the stored message is kept) by whoever
 * may set it: the number's agents and managers, the same rule as the panel's.
 */
export function AbsenceToggles({ app }: { app: AppModel }) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<string>();
  const absences = app.absences.value;
  const ids = app.installations.value.map((installation) => installation.id).join(',');
  // Show what the bots hold now, not only the last local copy.
  useEffect(() => {
    for (const id of ids.split(',').filter(Boolean)) rpc('absence.refresh', { installationId: id }).catch(() => undefined);
  }, [ids]);
  if (app.installations.value.length === 0) return null;
  return (
    <section aria-labelledby="popup-absence-title" class="absence-toggles">
      <h2 id="popup-absence-title">{t('absence.popupTitle')}</h2>
      <ul>
        {app.installations.value.map((installation) => {
          const record = absences.find((entry) => entry.installationId === installation.id);
          const enabled = Boolean(record?.setting.enabled);
          const state = enabled ? t('absence.on') : t('absence.off');
          const allowed = canSetAbsence(installation.role);
          const canToggle = allowed && Boolean(record?.setting.message);
          return (
            <li key={installation.id} data-testid="absence-toggle-row">
              <span class="absence-number">{installation.name}</span>
              {canToggle ? (
                <button
                  type="button"
                  role="switch"
                  aria-checked={enabled}
                  aria-label={t('absence.toggleLabel', { number: installation.name })}
                  disabled={busy === installation.id}
                  class={enabled ? 'primary' : ''}
                  onClick={() => {
                    setBusy(installation.id);
                    setError(undefined);
                    rpc('absence.toggle', { installationId: installation.id, enabled: !enabled })
                      .catch(setError)
                      .finally(() => setBusy(undefined));
                  }}
                >
                  {state}
                </button>
              ) : (
                <span class="small" data-testid="absence-state">
                  {state}
                  <span class="muted"> · {allowed ? t('absence.noMessage') : t('absence.notAllowed')}</span>
                </span>
              )}
              <ParkedWrite installationId={installation.id} outbox={app.outbox.value} onError={setError} />
            </li>
          );
        })}
      </ul>
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  );
}
