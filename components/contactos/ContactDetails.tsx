import { useEffect, useState } from 'preact/hooks';
import type { Contact } from '@/lib/domain/contact';
import { rpc } from '@/lib/rpc/client';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { displayPhone } from '@/lib/ui/contact-display';
import type { ContactRef } from '@/lib/domain/contact';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ContactConversation } from '../conversas/contact/ContactConversation';
import { OpenTickets } from './OpenTickets';

interface Props {
  installationId: string;
  contact: Contact;
  onBack: () => void;
  /** Shows the contact in Conversas. */
  onOpenInConversas: (contact: ContactRef) => void;
}

/**
 * One contact's details, fresh from Blip, its open tickets and its conversation of the last 90 days
 * on this number (with the composer its state allows).
 */
export function ContactDetails({ installationId, contact, onBack, onOpenInConversas }: Props) {
  const [details, setDetails] = useState<Contact>(contact);
  const [error, setError] = useState<unknown>();
  const load = () => {
    setError(undefined);
    rpc('contacts.get', { installationId, identity: contact.identity }).then(setDetails, setError);
  };
  useEffect(load, [installationId, contact.identity]);
  const rows: Array<[MessageKey, string | null | undefined]> = [
    ['contactos.phone', displayPhone(details.identity, details.phoneNumber)],
    ['contactos.email', details.email],
    ['contactos.city', details.city],
    ['contactos.document', details.taxDocument],
    ['contactos.identity', details.identity],
    ['contactos.source', details.source],
    ['contactos.lastInteraction', details.lastMessageDate ? formatDateTime(details.lastMessageDate) : t('search.never')],
  ];
  return (
    <section class="contact-details" aria-labelledby="contact-details-name">
      <button type="button" onClick={onBack}>
        ← {t('contactos.back')}
      </button>
      <h2 id="contact-details-name">{details.name || t('common.noName')}</h2>
      {error !== undefined && <ErrorNotice error={error} onRetry={load} />}
      <dl class="details-list">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <OpenTickets installationId={installationId} identity={details.identity} />
      <h3>{t('contactos.conversation')}</h3>
      <ContactConversation installationId={installationId} identity={details.identity} phone={displayPhone(details.identity, details.phoneNumber)} noHistoryDialog={false} />
      <button
        type="button"
        class="primary"
        onClick={() =>
          onOpenInConversas({ installationIds: [installationId], identity: details.identity, phone: displayPhone(details.identity, details.phoneNumber), name: details.name ?? undefined })
        }
      >
        {t('contactos.openConversation')}
      </button>
    </section>
  );
}
