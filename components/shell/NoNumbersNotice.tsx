import { t } from '@/lib/i18n/i18n';

/** Shown by the panel and the popup until a number is configured. */
export function NoNumbersNotice() {
  return (
    <div class="notice warning">
      <span>{t('shell.noNumbers')}</span>
      <button type="button" onClick={() => void import('wxt/browser').then(({ browser }) => browser.runtime.openOptionsPage())}>
        {t('shell.openOptions')}
      </button>
    </div>
  );
}
