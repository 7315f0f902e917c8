import { useState } from 'preact/hooks';
import type { Installation } from '@/lib/domain/installation';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { formatPhone } from '@/lib/i18n/phone-format';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RoleBadge } from '../shell/RoleBadge';
import { NumberForm } from './NumberForm';

/** The configured numbers with edit, remove and role refresh; managed ones are read-only. */
export function NumberList({ installations }: { installations: Installation[] }) {
  const [editing, setEditing] = useState<string | 'new'>();
  const [failure, setFailure] = useState<{ error: unknown; retry: () => void }>();
  const [busy, setBusy] = useState<string>();
  /** Runs a number's action (one at a time; its button says so), keeping a failure with its retry. */
  const act = (id: string, action: () => Promise<unknown>) => {
    setFailure(undefined);
    setBusy(id);
    action()
      .catch((error: unknown) => setFailure({ error, retry: () => act(id, action) }))
      .finally(() => setBusy(undefined));
  };
  return (
    <section aria-labelledby="numbers-title">
      <h2 id="numbers-title">{t('options.numbers')}</h2>
      {installations.length === 0 && <p class="muted">{t('options.noNumbers')}</p>}
      {failure && <ErrorNotice error={failure.error} onRetry={failure.retry} />}
      <ul class="number-list">
        {installations.map((installation) =>
          editing === installation.id ? (
            <li key={installation.id}>
              <NumberForm installation={installation} onDone={() => setEditing(undefined)} />
            </li>
          ) : (
            <li key={installation.id} class="number-item" data-testid="number-item">
              <div>
                <strong>{installation.name}</strong> <span class="muted">{formatPhone(installation.phone)}</span>
                <div class="small muted">{installation.host}</div>
                {installation.managed && <div class="small">{t('options.managed')}</div>}
              </div>
              <RoleBadge role={installation.role} />
              {installation.role === 'unknown' && <p class="small" data-testid="role-unknown-help">{t('role.unknownHelp')}</p>}
              <div class="row">
                {(installation.role === 'unknown' || installation.managerDeclared) && (
                  <button type="button" disabled={busy === installation.id} onClick={() => act(installation.id, () => rpc('installations.declareManager', { id: installation.id, manager: !installation.managerDeclared }))}>
                    {installation.managerDeclared ? t('role.undeclareManager') : t('role.declareManager')}
                  </button>
                )}
                <button type="button" disabled={busy === installation.id} onClick={() => act(installation.id, () => rpc('installations.refreshRole', { id: installation.id }))}>
                  {busy === installation.id ? t('options.refreshingRole') : t('options.refreshRole')}
                </button>
                {!installation.managed && (
                  <>
                    <button type="button" onClick={() => setEditing(installation.id)} aria-label={`${t('common.edit')} ${installation.name}`}>
                      {t('common.edit')}
                    </button>
                    <button
                      type="button"
                      class="danger"
                      aria-label={`${t('common.delete')} ${installation.name}`}
                      onClick={() => confirm(t('options.confirmRemove', { name: installation.name })) && act(installation.id, () => rpc('installations.remove', { id: installation.id }))}
                    >
                      {t('common.delete')}
                    </button>
                  </>
                )}
              </div>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <NumberForm onDone={() => setEditing(undefined)} />
      ) : (
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          {t('options.addNumber')}
        </button>
      )}
    </section>
  );
}
