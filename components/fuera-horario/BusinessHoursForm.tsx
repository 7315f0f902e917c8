import { useState } from 'preact/hooks';
import type { BusinessHours } from '@/lib/domain/business-hours';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { ErrorNotice } from '../ui/ErrorNotice';

type Day = { open: boolean; start: string; end: string };

const ZONES = ['America/Mexico_City', 'America/Sao_Paulo', 'America/Bogota', 'America/Lima', 'America/Santiago', 'America/Argentina/Buenos_Aires', 'America/Caracas', 'America/Guatemala', 'America/Montevideo', 'America/Asuncion', 'America/La_Paz', 'America/Cancun', 'America/Tijuana', 'UTC'];

function daysFrom(hours?: BusinessHours | null): Day[] {
  return Array.from({ length: 7 }, (_, day) => {
    const interval = hours?.week[day]?.[0];
    return interval ? { open: true, start: interval.start, end: interval.end } : { open: day >= 1 && day <= 5 && !hours, start: '09:00', end: '18:00' };
  });
}

/** Business hours kept in the extension for a number whose Desk has none: a zone and one interval per day. */
export function BusinessHoursForm({ installationId, initial, onSaved }: { installationId: string; initial?: BusinessHours | null; onSaved: () => void }) {
  const [zone, setZone] = useState(initial?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [days, setDays] = useState<Day[]>(() => daysFrom(initial));
  const [error, setError] = useState<unknown>();
  const invalid = days.some((day) => day.open && day.end <= day.start);
  const zones = ZONES.includes(zone) ? ZONES : [zone, ...ZONES];
  const setDay = (index: number, patch: Partial<Day>) => setDays(days.map((day, position) => (position === index ? { ...day, ...patch } : day)));
  const save = (event: Event) => {
    event.preventDefault();
    if (invalid) return;
    const hours: BusinessHours = { timeZone: zone, week: days.map((day) => (day.open ? [{ start: day.start, end: day.end }] : [])), daysOff: [], source: 'extension' };
    rpc('afterHours.saveHours', { installationId, hours }).then(onSaved, setError);
  };
  return (
    <form class="business-hours" onSubmit={save} aria-label={t('afterHours.editHours')}>
      <label>
        {t('afterHours.zone')}
        <select value={zone} onChange={(event) => setZone(event.currentTarget.value)}>
          {zones.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </label>
      <table>
        <tbody>
          {days.map((day, index) => (
            <tr key={index}>
              <th scope="row">{t(`day.${index}` as MessageKey)}</th>
              <td>
                <label class="row">
                  <input type="checkbox" checked={!day.open} onChange={(event) => setDay(index, { open: !event.currentTarget.checked })} style={{ width: 'auto' }} />
                  {t('afterHours.closed')}
                </label>
              </td>
              <td><input type="time" aria-label={`${t(`day.${index}` as MessageKey)} · ${t('afterHours.opens')}`} value={day.start} disabled={!day.open} onInput={(event) => setDay(index, { start: event.currentTarget.value })} /></td>
              <td><input type="time" aria-label={`${t(`day.${index}` as MessageKey)} · ${t('afterHours.closes')}`} value={day.end} disabled={!day.open} onInput={(event) => setDay(index, { end: event.currentTarget.value })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {invalid && <p class="error small" role="alert">{t('afterHours.hoursInvalid')}</p>}
      {error !== undefined && <ErrorNotice error={error} />}
      <button type="submit" class="primary" disabled={invalid}>{t('afterHours.saveHours')}</button>
    </form>
  );
}
