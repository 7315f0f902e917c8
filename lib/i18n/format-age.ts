import { t } from './i18n';

/** How old something is, as a person says it: "12 s", "3 min", "2 h". */
export function formatAge(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 90) return t('age.seconds', { count: seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return t('age.minutes', { count: minutes });
  return t('age.hours', { count: Math.round(minutes / 60) });
}
