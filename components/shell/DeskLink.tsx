import { SquareArrowOutUpRight } from 'lucide';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { Icon } from '../ui/Icon';

/** "Abrir Blip Desk" (the spec's Blip Desk entry): brings an open desk tab forward, or opens the number's desk. */
export function DeskLink({ installationId, onError }: { installationId?: string; onError: (error: unknown) => void }) {
  return (
    <button type="button" class="desk-link" title={t('shell.openDesk')} aria-label={t('shell.openDesk')} data-testid="open-desk" onClick={() => rpc('desk.open', { installationId }).catch(onError)}>
      <Icon icon={SquareArrowOutUpRight} size={16} />
      <span class="desk-link-label" aria-hidden="true">{t('shell.desk')}</span>
    </button>
  );
}
