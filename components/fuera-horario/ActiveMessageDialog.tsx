import type { AfterHoursRow } from '@/lib/domain/after-hours';
import { t } from '@/lib/i18n/i18n';
import { Modal } from '../ui/Modal';
import { TemplateSender } from '../templates/TemplateSender';

/** The send modal of an after-hours row: the template flow with the contact already filled in. */
export function ActiveMessageDialog({ installationId, row, onClose, onSent }: { installationId: string; row: AfterHoursRow; onClose: () => void; onSent: () => Promise<void> }) {
  const name = row.name ?? t('common.noName');
  return (
    <Modal title={t('afterHours.dialogTitle', { name })} onClose={onClose}>
      <TemplateSender installationId={installationId} phone={`+${row.identity.split('@')[0]}`} identity={row.identity} onSent={onSent} />
    </Modal>
  );
}
