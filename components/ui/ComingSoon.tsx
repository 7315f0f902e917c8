import { t } from '@/lib/i18n/i18n';

/** Placeholder for a section a later release fills. */
export function ComingSoon() {
  return <p class="muted">{t('common.comingSoon')}</p>;
}
