import { useEffect, useState } from 'preact/hooks';
import type { AfterHoursRow } from '@/lib/domain/after-hours';
import type { BusinessHours } from '@/lib/domain/business-hours';
import { reminderDue, type ReminderChoice } from '@/lib/domain/callbacks';
import { askForNotifications, notificationsGranted } from '@/lib/ui/actions/notifications-permission';
import { rpc } from '@/lib/rpc/client';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { Modal } from '../../ui/Modal';
import { ErrorNotice } from '../../ui/ErrorNotice';

/** "Remind me" of one row: at the next opening, in an hour, or tomorrow at a time of the agent's choosing. */
export function ReminderDialog({ installationId, row, hours, onClose }: { installationId: string; row: AfterHoursRow; hours: BusinessHours; onClose: () => void }) {
  const name = row.name ?? t('common.noName');
  const opening = reminderDue({ kind: 'opening' }, hours, Date.now());
  const [kind, setKind] = useState<ReminderChoice['kind']>(opening ? 'opening' : 'hour');
  const [time, setTime] = useState('09:00');
  const [error, setError] = useState<unknown>();
  const [badTime, setBadTime] = useState(false);
  const [notifications, setNotifications] = useState<boolean>();
  useEffect(() => void notificationsGranted().then(setNotifications), []);

  const save = () => {
    const choice: ReminderChoice = kind === 'tomorrow' ? { kind, time } : { kind };
    const dueAt = /^\d{2}:\d{2}$/.test(time) || kind !== 'tomorrow' ? reminderDue(choice, hours, Date.now()) : undefined;
    setBadTime(kind === 'tomorrow' && dueAt === undefined);
    if (dueAt === undefined) return;
    // Asked first, from the click: a reminder is a desktop notification.
    if (notifications !== true) void askForNotifications();
    rpc('callbacks.remind', { installationId, identity: row.identity, name: row.name, phone: row.phone, contactedAt: row.contactedAt, dueAt }).then(onClose, setError);
  };

  const option = (value: ReminderChoice['kind'], label: string, disabled = false) => (
    <label class="check">
      <input type="radio" name="reminder-when" value={value} checked={kind === value} disabled={disabled} onChange={() => setKind(value)} />
      {label}
    </label>
  );
  return (
    <Modal title={t('callbacks.remindTitle', { name })} onClose={onClose}>
      <form class="reminder-form" onSubmit={(event) => { event.preventDefault(); save(); }}>
        <fieldset>
          <legend>{t('callbacks.when')}</legend>
          {option('opening', opening ? t('callbacks.atOpening', { date: formatDateTime(opening) }) : t('callbacks.atOpeningUnknown'), !opening)}
          {option('hour', t('callbacks.inHour'))}
          <div class="row">
            {option('tomorrow', t('callbacks.tomorrowAt'))}
            <input type="time" aria-label={t('callbacks.tomorrowAt')} value={time} onInput={(event) => { setTime(event.currentTarget.value); setKind('tomorrow'); }} aria-invalid={badTime} />
          </div>
          {badTime && <p class="small error" role="alert">{t('callbacks.invalidTime')}</p>}
        </fieldset>
        {notifications === false && <p class="small muted">{t('callbacks.notificationsOff')}</p>}
        {error !== undefined && <ErrorNotice error={error} />}
        <button type="submit" class="primary">{t('callbacks.saveReminder')}</button>
      </form>
    </Modal>
  );
}
