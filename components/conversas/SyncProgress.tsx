import type { ReadonlySignal } from '@preact/signals';
import type { Installation } from '@/lib/domain/installation';
import type { ContactSyncState } from '@/lib/domain/contact';
import type { SearchStatus } from '@/lib/domain/contact-search';
import { plural, t } from '@/lib/i18n/i18n';
import { groupFailures } from '@/lib/ui/failure-groups';
import { useLasting } from '@/lib/ui/hooks/use-lasting';

/** How long the index must be building before the panel says so (reading a kept index takes less). */
export const PREPARING_AFTER_MS = 500;

interface Props {
  installations: Installation[];
  /** Each number's contact sync. */
  states: ReadonlySignal<ContactSyncState[]>;
  /** The contact index. */
  status: ReadonlySignal<SearchStatus>;
}

/**
 * First-sync progress per attendant number, contacts Blip sent that could not be read, and sync
 * failures (one line per failure, naming every number it hit); search keeps working meanwhile.
 */
export function SyncProgress({ installations, states: syncStates, status: searchStatus }: Props) {
  const states = new Map(syncStates.value.map((state) => [state.installationId, state]));
  const status = searchStatus.value;
  const preparing = useLasting(status.building, PREPARING_AFTER_MS);
  const numbers = installations.filter((installation) => installation.role === 'attendant').map((installation) => ({ installation, state: states.get(installation.id) }));
  const syncing = numbers.filter(({ state }) => state?.running && state.phase === 'initial' && !state.lastError);
  const failures = groupFailures(
    numbers.flatMap(({ installation, state }) => (state?.lastError ? [{ member: installation.name, error: { ...state.lastError, details: state.lastError.details ?? {} } }] : [])),
  );
  return (
    <div class="sync-progress small" aria-live="polite">
      {failures.map(({ message, members }) => (
        <p key={message} class="notice error" role="alert" data-testid="sync-error">
          {t('search.syncError', { number: members.join(', '), error: message })}
        </p>
      ))}
      {numbers.map(({ installation, state }) =>
        state?.unreadable ? (
          <p key={`unreadable-${installation.id}`} class="notice warning" data-testid="sync-unreadable">
            {plural('sync.unreadable', state.unreadable, { number: installation.name })}
          </p>
        ) : null,
      )}
      {syncing.map(({ installation, state }) => (
        <p key={installation.id} class="muted">
          {state!.total
            ? t('search.syncing', { number: installation.name, fetched: state!.fetched, total: state!.total })
            : t('search.syncingNoTotal', { number: installation.name, fetched: state!.fetched })}
          <progress max={state!.total ?? undefined} value={state!.fetched} aria-hidden="true" />
        </p>
      ))}
      {preparing && <p class="muted">{plural('search.indexing', status.indexed)}</p>}
      {status.skipped > 0 && <p class="muted" data-testid="search-skipped">{plural('search.skipped', status.skipped)}</p>}
    </div>
  );
}
