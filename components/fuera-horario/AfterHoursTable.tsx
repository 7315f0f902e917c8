import type { AfterHoursRow } from '@/lib/domain/after-hours';
import { DeliveryBadge } from '../ui/DeliveryBadge';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { TableScroll } from '../ui/TableScroll';

/** The spec's columns: date and time, name, number, callback asked, message sent, and the send action. */
export function AfterHoursTable({ rows, onSend }: { rows: AfterHoursRow[]; onSend: (row: AfterHoursRow) => void }) {
  const yesNo = (value: boolean | undefined) => (value === undefined ? t('afterHours.notAvailable') : value ? t('common.yes') : t('common.no'));
  return (
    <TableScroll label={t('afterHours.title')}>
      <table class="history-table">
        <thead>
          <tr>
            <th scope="col">{t('afterHours.date')}</th>
            <th scope="col">{t('afterHours.name')}</th>
            <th scope="col">{t('afterHours.contact')}</th>
            <th scope="col">{t('afterHours.callback')}</th>
            <th scope="col">{t('afterHours.sent')}</th>
            <th scope="col">{t('afterHours.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = row.name ?? t('common.noName');
            return (
              <tr key={row.identity} data-testid="after-hours-row" data-identity={row.identity}>
                <td>{formatDateTime(row.contactedAt)}</td>
                <td>{name}</td>
                <td>{row.phone ?? `+${row.identity.split('@')[0]}`}</td>
                <td>{yesNo(row.callbackRequested)}</td>
                <td>
                  {yesNo(Boolean(row.sentAt))}
                  {row.delivery && (
                    <>
                      {' '}
                      <DeliveryBadge delivery={row.delivery} />
                    </>
                  )}
                </td>
                <td>
                  <button type="button" onClick={() => onSend(row)} aria-label={t('afterHours.sendTo', { name })}>
                    {t('afterHours.send')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
