import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/i18n';
import { Modal } from './Modal';

/** A button that asks before a destructive action, in a modal dialog. */
export function ConfirmButton({ label, ariaLabel, question, onConfirm }: { label: string; ariaLabel?: string; question: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" aria-label={ariaLabel} onClick={() => setAsking(true)}>{label}</button>
      {asking && (
        <Modal title={label} onClose={() => setAsking(false)}>
          <p>{question}</p>
          <div class="row">
            <button type="button" class="danger" onClick={() => { setAsking(false); onConfirm(); }}>{label}</button>
            <button type="button" onClick={() => setAsking(false)}>{t('common.cancel')}</button>
          </div>
        </Modal>
      )}
    </>
  );
}
