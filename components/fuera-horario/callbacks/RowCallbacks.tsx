import { useState } from 'preact/hooks';
import type { AfterHoursRow } from '@/lib/domain/after-hours';
import { isWithinBusinessHours, type BusinessHours } from '@/lib/domain/business-hours';
import { nextOpening } from '@/lib/domain/opening';
import type { NumberCallbacks } from '@/lib/ui/hooks/use-callbacks';
import { rpc } from '@/lib/rpc/client';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ReminderDialog } from './ReminderDialog';
import { ScheduleDialog } from './ScheduleDialog';

/**
 * A row's call-backs: its pending reminder and its message scheduled for the opening (each can be
 * taken back), what became of a scheduled message, and the two ways to plan one: "Recordarme", and
 * "Enviar al abrir" while the number is closed.
 */
export function RowCallbacks({ installationId, row, hours, callbacks }: { installationId: string; row: AfterHoursRow; hours: BusinessHours; callbacks: NumberCallbacks }) {
  const [dialog, setDialog] = useState<'remind' | 'schedule'>();
  const [error, setError] = useState<unknown>();
  const name = row.name ?? t('common.noName');
  const now = Date.now();
  // A reminder shows until it is dismissed: pending, then due (for whoever has notifications off).
  const reminder = callbacks.reminders.find((candidate) => candidate.identity === row.identity && (candidate.status === 'pending' || candidate.status === 'fired'));
  const scheduled = callbacks.scheduled.filter((candidate) => candidate.identity === row.identity && candidate.createdAt >= row.contactedAt).at(-1);
  const elsewhere = callbacks.remote.find((candidate) => candidate.to === row.identity && !callbacks.scheduled.some((own) => own.id === candidate.id));
  const waiting = scheduled?.status === 'scheduled' || Boolean(elsewhere);
  const opening = isWithinBusinessHours(hours, now) ? undefined : nextOpening(hours, now);
  const act = (call: Promise<unknown>) => {
    setError(undefined);
    call.catch(setError);
  };
  return (
    <div class="row-callbacks" data-testid="row-callbacks">
      {reminder && (
        <span class={`pill${reminder.status === 'fired' ? ' no' : ''}`} data-testid={reminder.status === 'fired' ? 'reminder-due' : 'reminder-chip'}>
          {t(reminder.status === 'fired' ? 'callbacks.reminderDue' : 'callbacks.reminderChip', { date: formatDateTime(reminder.dueAt) })}{' '}
          <button type="button" class="link-button" aria-label={t('callbacks.dismiss', { name })} onClick={() => act(rpc('callbacks.dismissReminder', { id: reminder.id }))}>×</button>
        </span>
      )}
      {scheduled?.status === 'scheduled' && (
        <span class="pill" data-testid={scheduled.placedAt ? 'scheduled-chip' : 'scheduled-placing'}>
          {t(scheduled.placedAt ? 'callbacks.scheduledChip' : 'callbacks.placingChip', { date: formatDateTime(scheduled.when) })}{' '}
          <button type="button" class="link-button" aria-label={t('callbacks.cancelSchedule', { name })} onClick={() => act(rpc('callbacks.cancelSchedule', { id: scheduled.id }))}>×</button>
        </span>
      )}
      {scheduled?.status === 'sent' && <span class="pill yes" data-testid="scheduled-sent">{t('callbacks.sentChip', { date: formatDateTime(scheduled.when) })}</span>}
      {scheduled?.status === 'canceled' && <span class="pill" data-testid="scheduled-canceled">{t(`callbacks.canceled.${scheduled.canceledBecause ?? 'user'}`)}</span>}
      {elsewhere && <span class="pill" data-testid="scheduled-elsewhere">{t('callbacks.remoteSchedule', { date: formatDateTime(elsewhere.when), name: elsewhere.name ?? '' })}</span>}
      <button type="button" onClick={() => setDialog('remind')} aria-label={t('callbacks.remindTo', { name })}>{t('callbacks.remind')}</button>
      {opening && !waiting && (
        <button type="button" onClick={() => setDialog('schedule')} aria-label={t('callbacks.sendAtOpeningTo', { name })}>{t('callbacks.sendAtOpening')}</button>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
      {dialog === 'remind' && <ReminderDialog installationId={installationId} row={row} hours={hours} onClose={() => setDialog(undefined)} />}
      {dialog === 'schedule' && opening && <ScheduleDialog installationId={installationId} row={row} when={opening} onClose={() => setDialog(undefined)} />}
    </div>
  );
}
