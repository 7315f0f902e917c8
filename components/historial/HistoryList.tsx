import { useState } from 'preact/hooks';
import { Download } from 'lucide';
import type { Ticket } from '@/lib/domain/ticket';
import { ticketDuration } from '@/lib/domain/ticket';
import { formatDuration } from '@/lib/domain/timespan';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { formatPhone } from '@/lib/i18n/phone-format';
import type { MessageKey } from '@/lib/i18n/messages';
import { downloadTranscript } from '@/lib/ui/actions/download-transcript';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Icon } from '../ui/Icon';

interface Props {
  installationId: string;
  tickets: Ticket[];
  customerNames: Record<string, string | undefined>;
  agentNames: Record<string, string>;
}

/**
 * The history, newest first, one card per ticket: its number and customer with the transcript
 * download beside them (the spec's main step here), then date, agent, team, status, tags, duration.
 */
export function HistoryList({ installationId, tickets, customerNames, agentNames }: Props) {
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
      <ul class="cards" aria-label={t('history.title')}>
        {tickets.map((ticket) => (
          <li key={ticket.id} class="card" data-testid="history-row">
            <div class="card-top">
              <p class="card-title">
                #{ticket.sequentialId} · {customerNames[ticket.customerIdentity] ?? t('common.noName')}
              </p>
              <button type="button" class="card-action" onClick={() => download(ticket)} disabled={busy === ticket.id} aria-label={t('history.downloadTicket', { ticket: ticket.sequentialId })}>
                <Icon icon={Download} size={16} /> {busy === ticket.id ? t('history.preparing') : t('history.download')}
              </button>
            </div>
            <dl class="card-facts">
              <div data-field="date"><dt>{t('history.date')}</dt><dd>{formatDateTime(ticket.storageDate)}</dd></div>
              <div data-field="customer"><dt>{t('pdf.customerSender')}</dt><dd class="contact-phone">{formatPhone(ticket.customerIdentity)}</dd></div>
              <div data-field="agent"><dt>{t('history.agent')}</dt><dd>{ticket.agentIdentity ? agentNames[ticket.agentIdentity] ?? ticket.agentIdentity : '—'}</dd></div>
              {ticket.team && <div data-field="team"><dt>{t('history.team')}</dt><dd>{ticket.team}</dd></div>}
              <div data-field="status"><dt>{t('history.status')}</dt><dd>{t(`status.${ticket.status}` as MessageKey)}</dd></div>
              {ticket.tags?.length ? <div data-field="tags"><dt>{t('history.tags')}</dt><dd>{ticket.tags.join(', ')}</dd></div> : null}
              <div data-field="duration"><dt>{t('history.duration')}</dt><dd>{formatDuration(ticketDuration(ticket))}</dd></div>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
