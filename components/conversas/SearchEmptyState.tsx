import type { Installation } from '@/lib/domain/installation';
import { t } from '@/lib/i18n/i18n';
import { getDb } from '@/lib/db/database';
import { liveSignal } from '@/lib/ui/live-signal';
import { hasCachedContacts } from '@/lib/db/contact-pages';
import { listInstallations } from '@/lib/db/installations';

/** Whether any attendant number has a cached contact (the "no linked contacts" case of the FAQ). */
const cachedNumbers = liveSignal<string[]>(async () => {
  const db = getDb();
  const ids = (await listInstallations(db)).filter((installation) => installation.role === 'attendant').map((installation) => installation.id);
  const cached = await Promise.all(ids.map((id) => hasCachedContacts(db, id)));
  return ids.filter((_, index) => cached[index]);
}, []);

/** Why a search found nothing, per the spec's FAQ: a typo, a manager without the attendant role, or no contacts. */
export function SearchEmptyState({ installations }: { installations: Installation[] }) {
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
