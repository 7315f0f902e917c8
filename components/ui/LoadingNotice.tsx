import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/i18n';
import { useElapsed } from '@/lib/ui/hooks/use-elapsed';

/** After this long a wait is no longer "loading": Blip is slow, and the user may act. */
export const SLOW_AFTER_S = 4;

/**
 * "Cargando…" that tells the truth: after a few seconds it says Blip is slow to answer and for how
 * long it has waited, and offers to try again (and to stop waiting, where the caller can).
 */
export function LoadingNotice({ since, onRetry, onCancel }: { since?: number; onRetry: () => void; onCancel?: () => void }) {
  const [mounted] = useState(() => Date.now());
  const seconds = useElapsed(since ?? mounted) ?? 0;
  if (seconds < SLOW_AFTER_S) return <p class="muted" role="status">{t('common.loading')}</p>;
  return (
    <div class="notice warning" role="status" data-testid="slow-notice">
      <span>{t('loading.slow', { seconds })}</span>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
      <button type="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
