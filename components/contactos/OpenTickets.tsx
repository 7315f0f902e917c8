import { useEffect, useState } from 'preact/hooks';
import type { Ticket } from '@/lib/domain/ticket';
import { rpc } from '@/lib/rpc/client';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useAgentNames } from '@/lib/ui/hooks/use-agent-names';

/** The contact's tickets waiting or in attendance on this number. */
export function OpenTickets({ installationId, identity }: { installationId: string; identity: string }) {
  const [tickets, setTickets] = useState<Ticket[]>();
  const [error, setError] = useState<unknown>();
  const agentName = useAgentNames([installationId]);
  const load = () => {
    setError(undefined);
    rpc('contacts.openTickets', { installationId, identity }).then(setTickets, setError);
  };
  useEffect(load, [installationId, identity]);
  return (
    <section aria-labelledby="open-tickets-title" data-testid="open-tickets">
      <h3 id="open-tickets-title">{t('contactos.openTickets')}</h3>
      {error !== undefined && <ErrorNotice error={error} onRetry={load} />}
      {!tickets && error === undefined && <p class="muted" role="status">{t('common.loading')}</p>}
      {tickets?.length === 0 && <p class="muted">{t('contactos.noOpenTickets')}</p>}
      {tickets && tickets.length > 0 && (
        <ul class="open-tickets">
          {tickets.map((ticket) => (
            <li key={ticket.id}>
              <strong>#{ticket.sequentialId}</strong> · {t(`status.${ticket.status}` as MessageKey)} · {agentName(ticket.agentIdentity)}
              {ticket.team ? ` · ${ticket.team}` : ''} · <time dateTime={ticket.openDate ?? ticket.storageDate}>{formatDateTime(ticket.openDate ?? ticket.storageDate)}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
