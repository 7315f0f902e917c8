import { useEffect, useState } from 'preact/hooks';
import { ArrowLeft } from 'lucide';
import type { Contact, ContactRef } from '@/lib/domain/contact';
import { rpc } from '@/lib/rpc/client';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { displayPhone } from '@/lib/ui/contact-display';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Icon } from '../ui/Icon';
import { focusViewHeading } from '../ui/focus';
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
 * One contact, filling the panel: its details fresh from Blip with its open tickets, or its
 * conversation of the last 90 days on this number (with the composer its state allows), one at a
 * time so each scrolls on its own.
 */
export function ContactDetails({ installationId, contact, onBack, onOpenInConversas }: Props) {
  const [details, setDetails] = useState<Contact>(contact);
  const [error, setError] = useState<unknown>();
  const [view, setView] = useState<'data' | 'conversation'>('data');
  const load = () => {
    setError(undefined);
    rpc('contacts.get', { installationId, identity: contact.identity }).then(setDetails, setError);
  };
  useEffect(load, [installationId, contact.identity]);
  useEffect(() => void focusViewHeading(), [contact.identity]);
  const phone = displayPhone(details.identity, details.phoneNumber);
  const rows: Array<[MessageKey, string | null | undefined]> = [
    ['contactos.phone', phone],
    ['contactos.email', details.email],
    ['contactos.city', details.city],
    ['contactos.document', details.taxDocument],
    ['contactos.identity', details.identity],
    ['contactos.source', details.source],
    ['contactos.lastInteraction', details.lastMessageDate ? formatDateTime(details.lastMessageDate) : t('search.never')],
  ];
  return (
    <section class="contact-details fill-view" aria-labelledby="contact-details-name">
      <header class="view-head">
        <button type="button" class="back" onClick={onBack} aria-label={t('contactos.back')} title={t('contactos.back')}>
          <Icon icon={ArrowLeft} />
        </button>
        <h2 id="contact-details-name" tabIndex={-1} data-view-heading>{details.name || t('common.noName')}</h2>
      </header>
      <div class="view-switch" role="group" aria-label={t('contactos.views')}>
        <button type="button" aria-pressed={view === 'data'} onClick={() => setView('data')}>{t('contactos.dataTab')}</button>
        <button type="button" aria-pressed={view === 'conversation'} onClick={() => setView('conversation')}>{t('contactos.conversation')}</button>
      </div>
      {view === 'data' ? (
        <div class="details-scroll">
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
          <button type="button" class="primary" onClick={() => onOpenInConversas({ installationIds: [installationId], identity: details.identity, phone, name: details.name ?? undefined })}>
            {t('contactos.openConversation')}
          </button>
        </div>
      ) : (
        <ContactConversation installationId={installationId} identity={details.identity} phone={phone} noHistoryDialog={false} />
      )}
    </section>
  );
}
