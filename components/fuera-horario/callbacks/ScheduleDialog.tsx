import type { AfterHoursRow } from '@/lib/domain/after-hours';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { Modal } from '../../ui/Modal';
import { TemplateSender } from '../../templates/TemplateSender';

/** "Enviar al abrir" of one row: the template flow, scheduled with Blip for the number's opening. */
export function ScheduleDialog({ installationId, row, when, onClose }: { installationId: string; row: AfterHoursRow; when: number; onClose: () => void }) {
  const name = row.name ?? t('common.noName');
  return (
    <Modal title={t('callbacks.scheduleTitle', { name, date: formatDateTime(when) })} onClose={onClose}>
      <p class="small muted">{t('callbacks.scheduleIntro')}</p>
      <TemplateSender installationId={installationId} phone={`+${row.identity.split('@')[0]}`} identity={row.identity} autoFocus schedule={{ when, contactedAt: row.contactedAt, name: row.name, onScheduled: () => undefined }} />
    </Modal>
  );
}
