import { useState } from 'preact/hooks';
import type { Ticket } from '@/lib/domain/ticket';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { formatDuration } from '@/lib/domain/timespan';
import type { MessageKey } from '@/lib/i18n/messages';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ticketDuration } from '@/lib/domain/ticket';
import { downloadTranscript } from '@/lib/ui/actions/download-transcript';
import { TableScroll } from '../ui/TableScroll';

interface Props {
  installationId: string;
  tickets: Ticket[];
  customerNames: Record<string, string | undefined>;
  agentNames: Record<string, string>;
}

/** The history rows, newest first, each with its transcript download. */
export function HistoryTable({ installationId, tickets, customerNames, agentNames }: Props) {
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<{ error: unknown; retry: () => void }>();
  const download = (ticket: Ticket) => {
    setBusy(ticket.id);
    setFailure(undefined);
    downloadTranscript(installationId, ticket.id, customerNames[ticket.customerIdentity])
      .catch((error: unknown) => setFailure({ error, retry: () => download(ticket) }))
      .finally(() => setBusy(undefined));
  };
  return (
    <>
      {failure && <ErrorNotice error={failure.error} onRetry={failure.retry} />}
      <TableScroll label={t('history.title')}>
        <table class="history-table">
          <thead>
            <tr>
              <th scope="col">{t('history.date')}</th>
              <th scope="col">{t('history.ticket')}</th>
              <th scope="col">{t('pdf.customerSender')}</th>
              <th scope="col">{t('history.agent')}</th>
              <th scope="col">{t('history.team')}</th>
              <th scope="col">{t('history.status')}</th>
              <th scope="col">{t('history.tags')}</th>
              <th scope="col">{t('history.duration')}</th>
              <th scope="col"><span class="visually-hidden">{t('history.download')}</span></th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <tr key={ticket.id} data-testid="history-row">
                <td>{formatDateTime(ticket.storageDate)}</td>
                <td>#{ticket.sequentialId}</td>
                <td>
                  {customerNames[ticket.customerIdentity] ?? t('common.noName')}
                  <div class="small muted">{ticket.customerIdentity.split('@')[0]}</div>
                </td>
                <td>{ticket.agentIdentity ? agentNames[ticket.agentIdentity] ?? ticket.agentIdentity : '—'}</td>
                <td>{ticket.team ?? '—'}</td>
                <td>{t(`status.${ticket.status}` as MessageKey)}</td>
                <td>{ticket.tags?.join(', ') || '—'}</td>
                <td>{formatDuration(ticketDuration(ticket))}</td>
                <td>
                  <button type="button" onClick={() => download(ticket)} disabled={busy === ticket.id} aria-label={t('history.downloadTicket', { ticket: ticket.sequentialId })}>
                    {busy === ticket.id ? t('history.preparing') : t('history.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
