import type { ComponentChildren } from 'preact';
import type { AfterHoursRow } from '@/lib/domain/after-hours';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { DeliveryBadge } from '../ui/DeliveryBadge';
import { displayPhone } from '@/lib/ui/contact-display';

/**
 * The spec's columns as one card per contact, so nothing hides sideways in a narrow panel: name (or
 * "(Sin nombre)") with the send action beside it, then date and time, number, callback asked
 * ("N/D" when the bot does not offer it) and whether an active message already went out; `extra` adds
 * what a row has beside (its call-backs).
 */
export function AfterHoursCards({ rows, onSend, extra }: { rows: AfterHoursRow[]; onSend: (row: AfterHoursRow) => void; extra?: (row: AfterHoursRow) => ComponentChildren }) {
  const answer = (value: boolean | undefined) =>
    value === undefined ? <span class="pill">{t('afterHours.notAvailable')}</span> : <span class={`pill ${value ? 'yes' : 'no'}`}>{value ? t('common.yes') : t('common.no')}</span>;
  return (
    <ul class="cards" aria-label={t('afterHours.title')}>
      {rows.map((row) => {
        const name = row.name ?? t('common.noName');
        return (
          <li key={row.identity} class="card" data-testid="after-hours-row" data-identity={row.identity}>
            <div class="card-top">
              <p class="card-title">{name}</p>
              <button type="button" class={`card-action${row.sentAt ? '' : ' primary'}`} onClick={() => onSend(row)} aria-label={t('afterHours.sendTo', { name })}>
                {t('afterHours.send')}
              </button>
            </div>
            <dl class="card-facts">
              <div data-field="date"><dt>{t('afterHours.date')}</dt><dd>{formatDateTime(row.contactedAt)}</dd></div>
              <div data-field="contact"><dt>{t('afterHours.contact')}</dt><dd class="contact-phone">{displayPhone(row.identity, row.phone)}</dd></div>
              <div data-field="callback"><dt>{t('afterHours.callback')}</dt><dd>{answer(row.callbackRequested)}</dd></div>
              <div data-field="sent">
                <dt>{t('afterHours.sent')}</dt>
                <dd>
                  {answer(Boolean(row.sentAt))}
                  {row.delivery && <DeliveryBadge delivery={row.delivery} />}
                </dd>
              </div>
            </dl>
            {extra?.(row)}
          </li>
        );
      })}
    </ul>
  );
}
