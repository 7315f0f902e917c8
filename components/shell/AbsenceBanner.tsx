import type { AbsenceRecord } from '@/lib/domain/absence';
import type { Installation } from '@/lib/domain/installation';
import { t } from '@/lib/i18n/i18n';

/** Shown on every section while the selected number is marked absent. */
export function AbsenceBanner({ installation, absence }: { installation?: Installation; absence?: AbsenceRecord }) {
  if (!installation || !absence?.setting.enabled) return null;
  return (
    <div class="notice warning" role="status" data-testid="absence-banner">
      <span>{t('absence.banner', { number: installation.name })}</span>
    </div>
  );
}
