import type { Contact } from '@/lib/domain/contact';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { displayPhone } from '@/lib/ui/contact-display';

/** Contacts newest interaction first; each row opens the contact's details. */
export function ContactList({ contacts, onOpen }: { contacts: Contact[]; onOpen: (contact: Contact) => void }) {
  return (
    <ul class="contact-list" aria-label={t('contactos.list')}>
      {contacts.map((contact) => (
        <li key={contact.identity}>
          <button type="button" class="contact-row" onClick={() => onOpen(contact)}>
            <span class="result-name">{contact.name || t('common.noName')}</span>
            <span>{displayPhone(contact.identity, contact.phoneNumber)}</span>
            <span class="small muted">{[contact.email, contact.city].filter(Boolean).join(' · ')}</span>
            <span class="small muted">
              {contact.lastMessageDate ? formatDateTime(contact.lastMessageDate) : t('search.never')}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
