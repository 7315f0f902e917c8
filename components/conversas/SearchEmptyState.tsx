import type { Installation } from '@/lib/domain/installation';
import { t } from '@/lib/i18n/i18n';
import type { LiveSignal } from '@/lib/ui/live-signal';

/** Why a search found nothing, per the spec's FAQ: a typo, a manager without the attendant role, or no contacts. */
export function SearchEmptyState({ installations, cachedNumbers }: { installations: Installation[]; cachedNumbers: LiveSignal<string[]> }) {
  const attendant = installations.filter((installation) => installation.role === 'attendant');
  if (installations.length > 0 && attendant.length === 0) {
    return (
      <div class="notice warning search-empty" data-testid="search-empty">
        <span>
          <strong>{t('search.manager.title')}</strong> {t('search.manager.body')}
        </span>
      </div>
    );
  }
  const noContacts = cachedNumbers.loaded.value && cachedNumbers.value.length === 0;
  return (
    <div class="notice search-empty" data-testid="search-empty">
      <span>
        <strong>{t('search.empty.title')}</strong> {noContacts ? t('search.noContacts') : `${t('search.empty.reasons')} ${t('search.empty.typo')}`}
      </span>
    </div>
  );
}
