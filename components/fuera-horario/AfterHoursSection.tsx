import { useEffect, useState } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import type { AfterHoursRow } from '@/lib/domain/after-hours';
import type { AfterHoursList } from '@/lib/rpc/contracts/after-hours';
import type { BusinessHours } from '@/lib/domain/business-hours';
import { AppError } from '@/lib/errors/app-error';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { AfterHoursCards } from './AfterHoursCards';
import { LoadingNotice } from '../ui/LoadingNotice';
import { BusinessHoursForm } from './BusinessHoursForm';
import { ActiveMessageDialog } from './ActiveMessageDialog';
import { RowCallbacks } from './callbacks/RowCallbacks';
import { useCallbacks } from '@/lib/ui/hooks/use-callbacks';
import './callbacks/callbacks.css';

/** "Contactos fuera del horario" for the selected number. */
export function AfterHoursSection({ models }: { models: SidePanelModels }) {
  const { app } = models;
  const installation = app.selected.value;
  const [list, setList] = useState<AfterHoursList>();
  const [error, setError] = useState<unknown>();
  const [editing, setEditing] = useState(false);
  const [localHours, setLocalHours] = useState<BusinessHours | null>();
  const [sending, setSending] = useState<AfterHoursRow>();
  const [attempt, setAttempt] = useState(0);
  const callbacks = useCallbacks(installation?.id);

  useEffect(() => {
    if (!installation) return;
    let current = true;
    setList(undefined);
    setError(undefined);
    // What is kept shows at once; then only the threads that changed since are read from Blip
    // (unless the list was read for the first time just now).
    const asked = Date.now();
    rpc('afterHours.list', { installationId: installation.id })
      .then((kept) => {
        if (!current) return;
        setList(kept);
        if (kept.readAt !== undefined && kept.readAt >= asked) return;
        return rpc('afterHours.refresh', { installationId: installation.id }).then((fresh) => current && setList(fresh));
      })
      .catch((caught: unknown) => current && setError(caught));
    rpc('afterHours.localHours', { installationId: installation.id }).then((hours) => current && setLocalHours(hours), () => undefined);
    return () => {
      current = false;
    };
  }, [installation?.id, attempt]);

  if (!installation) return null;
  const reload = () => setAttempt(attempt + 1);
  const needsHours = error instanceof AppError && error.code === 'not-configured';
  return (
    <section aria-labelledby="after-hours-title">
      <div class="view-head">
        <h2 id="after-hours-title" tabIndex={-1} data-view-heading>{t('afterHours.title')}</h2>
      </div>
      <p class="muted small intro">{t('afterHours.intro')}</p>
      {needsHours && <p class="notice warning"><span>{t('afterHours.noHours')}</span></p>}
      {error !== undefined && !needsHours && <ErrorNotice error={error} onRetry={reload} />}
      {list && (
        <p class="small muted">
          {t('afterHours.hoursFrom', { source: t(`afterHours.source.${list.hours.source}`), zone: list.hours.timeZone })}{' '}
          {list.hours.source === 'extension' && <button type="button" onClick={() => setEditing(!editing)}>{t('afterHours.editHours')}</button>}
        </p>
      )}
      {(needsHours || editing) && (
        <BusinessHoursForm installationId={installation.id} initial={localHours} onSaved={() => { setEditing(false); reload(); }} />
      )}
      {!list && error === undefined && <LoadingNotice key={attempt} onRetry={reload} />}
      {list && list.rows.length === 0 && <p class="muted" role="status">{t('afterHours.empty')}</p>}
      {list && list.rows.length > 0 && <AfterHoursCards rows={list.rows} onSend={setSending} extra={(row) => <RowCallbacks installationId={installation.id} row={row} hours={list.hours} callbacks={callbacks} />} />}
      {sending && (
        <ActiveMessageDialog
          installationId={installation.id}
          row={sending}
          onClose={() => setSending(undefined)}
          onSent={async () => {
            await rpc('afterHours.markSent', { installationId: installation.id, identity: sending.identity });
            setList((previous) => previous && { ...previous, rows: previous.rows.map((row) => (row.identity === sending.identity ? { ...row, sentAt: Date.now() } : row)) });
          }}
        />
      )}
    </section>
  );
}
