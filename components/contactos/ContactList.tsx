import { useEffect, useRef } from 'preact/hooks';
import type { Contact } from '@/lib/domain/contact';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { displayPhone } from '@/lib/ui/contact-display';

interface Props {
  contacts: Contact[];
  onOpen: (contact: Contact) => void;
  /** The contact whose card takes the focus (the one the agent came back from). */
  focusIdentity?: string;
}

/** Contacts newest interaction first, as cards; the whole card opens the contact's details. */
export function ContactList({ contacts, onOpen, focusIdentity }: Props) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!focusIdentity) return;
    const card = [...(list.current?.querySelectorAll<HTMLButtonElement>('.contact-row') ?? [])].find((button) => button.dataset.identity === focusIdentity);
    card?.focus();
  }, [focusIdentity, contacts.length > 0]);
  return (
    <ul ref={list} class="cards contact-list" aria-label={t('contactos.list')}>
      {contacts.map((contact) => (
        <li key={contact.identity}>
          <button type="button" class="card contact-row" data-identity={contact.identity} onClick={() => onOpen(contact)}>
            <span class="result-name">{contact.name || t('common.noName')}</span>
            <span class="contact-phone">{displayPhone(contact.identity, contact.phoneNumber)}</span>
            <span class="small muted contact-more">{[contact.email, contact.city].filter(Boolean).join(' · ')}</span>
            <span class="small muted">{contact.lastMessageDate ? formatDateTime(contact.lastMessageDate) : t('search.never')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
