import type { Installation } from '@/lib/domain/installation';
import { t } from '@/lib/i18n/i18n';
import { displayPhone } from '@/lib/ui/phone-display';

/**
 * The header's number selector. The choice shows at once and is stored in the shared settings, so
 * the panel and the popup always agree and it survives closing either (see `selectInstallation`).
 */
export function NumberSelector({ installations, selectedId, onSelect, onError }: { installations: Installation[]; selectedId?: string; onSelect: (id: string) => Promise<void>; onError: (error: unknown) => void }) {
  if (installations.length === 0) return null;
  return (
    <label class="number-selector">
      <span class="visually-hidden">{t('shell.number')}</span>
      <select
        value={selectedId}
        onChange={(event) => onSelect(event.currentTarget.value).catch(onError)}
      >
        {installations.map((installation) => (
          <option key={installation.id} value={installation.id}>
            {installation.name} · {displayPhone(installation.phone)}
          </option>
        ))}
      </select>
    </label>
  );
}
