import { useState } from 'preact/hooks';
import type { PopupModels } from '@/lib/ui/pages/popup';
import { t } from '@/lib/i18n/i18n';
import { openOptions } from '@/lib/ui/actions/open-options';
import { NumberSelector } from '../shell/NumberSelector';
import { RoleBadge } from '../shell/RoleBadge';
import { ErrorNotice } from '../ui/ErrorNotice';
import { DamagedNotice } from '../shell/DamagedNotice';
import { openSidePanel } from '@/lib/ui/actions/open-side-panel';
import { NoNumbersNotice } from '../shell/NoNumbersNotice';
import { AbsenceToggles } from './AbsenceToggles';

/** Toolbar popup: the selected number, and a way into the side panel. */
export function PopupApp({ models }: { models: PopupModels }) {
  const { app } = models;
  const [error, setError] = useState<unknown>();
  const selected = app.selected.value;
  return (
    <main class="popup">
      <h1>{t('app.name')}</h1>
      {app.installations.loaded.value && app.installations.value.length === 0 ? (
        <NoNumbersNotice />
      ) : (
        <div class="row">
          <NumberSelector installations={app.installations.value} selectedId={selected?.id} onSelect={app.selectInstallation} onError={setError} />
          {selected && <RoleBadge role={selected.role} />}
        </div>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
      <DamagedNotice records={app.damaged.value} />
      <AbsenceToggles app={app} />
      <div class="row popup-actions">
        <button type="button" class="primary" onClick={() => openSidePanel().catch(setError)}>
          {t('popup.openPanel')}
        </button>
        <button type="button" onClick={openOptions}>
          {t('shell.openOptions')}
        </button>
      </div>
    </main>
  );
}
