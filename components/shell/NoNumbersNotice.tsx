import { t } from '@/lib/i18n/i18n';
import { openOptions } from '@/lib/ui/actions/open-options';

/** Shown by the panel and the popup until a number is configured. */
export function NoNumbersNotice() {
  return (
    <div class="notice warning">
      <span>{t('shell.noNumbers')}</span>
      <button type="button" onClick={openOptions}>
        {t('shell.openOptions')}
      </button>
    </div>
  );
}
