import type { ReadonlySignal } from '@preact/signals';
import type { Installation } from '@/lib/domain/installation';
import type { ContactSyncState } from '@/lib/domain/contact';
import type { SearchStatus } from '@/lib/domain/contact-search';
import { plural, t } from '@/lib/i18n/i18n';
import { errorMessage } from '@/lib/i18n/error-message';

interface Props {
  installations: Installation[];
  /** Each number's contact sync. */
  states: ReadonlySignal<ContactSyncState[]>;
  /** The contact index. */
  status: ReadonlySignal<SearchStatus>;
}

/** First-sync progress and sync failures per attendant number; search keeps working meanwhile. */
export function SyncProgress({ installations, states: syncStates, status: searchStatus }: Props) {
  const states = new Map(syncStates.value.map((state) => [state.installationId, state]));
  const status = searchStatus.value;
  const lines = installations
    .filter((installation) => installation.role === 'attendant')
    .map((installation) => ({ installation, state: states.get(installation.id) }))
    .filter(({ state }) => state && ((state.running && state.phase === 'initial') || state.lastError));
  return (
    <div class="sync-progress small" aria-live="polite">
      {lines.map(({ installation, state }) =>
        state!.lastError ? (
          <p key={installation.id} class="notice error" role="alert">
            {t('search.syncError', { number: installation.name, error: errorMessage(state!.lastError) })}
          </p>
        ) : (
          <p key={installation.id} class="muted">
            {state!.total
              ? t('search.syncing', { number: installation.name, fetched: state!.fetched, total: state!.total })
              : t('search.syncingNoTotal', { number: installation.name, fetched: state!.fetched })}
            <progress max={state!.total ?? undefined} value={state!.fetched} aria-hidden="true" />
          </p>
        ),
      )}
      {status.building && <p class="muted">{plural('search.indexing', status.indexed)}</p>}
    </div>
  );
}
