import { useEffect, useState } from 'preact/hooks';
import { ArrowLeft } from 'lucide';
import type { AppModel } from '@/lib/ui/models/app-model';
import type { ContactRef } from '@/lib/domain/contact';
import type { Installation } from '@/lib/domain/installation';
import { t } from '@/lib/i18n/i18n';
import { formatPhone } from '@/lib/i18n/phone-format';
import { ContactConversation } from './contact/ContactConversation';
import { Icon } from '../ui/Icon';
import { focusViewHeading } from '../ui/focus';
import './conversas.css';

/**
 * The contact view opened from search or from Contactos. It fills the panel: the contact's name,
 * phone and numbers on top, a choice of number when the contact writes to several, then that
 * number's conversation, which scrolls inside while its composer stays at the bottom.
 */
export function ContactView({ app, contact, onBack }: { app: AppModel; contact: ContactRef; onBack: () => void }) {
  const numbers = contact.installationIds
    .map((id) => app.installations.value.find((installation) => installation.id === id))
    .filter((installation): installation is Installation => installation !== undefined);
  const [chosenId, setChosenId] = useState<string>();
  // Conversations are attended where the agent has the attendant role, so that number opens first.
  const current = numbers.find((installation) => installation.id === chosenId) ?? numbers.find((installation) => installation.role === 'attendant') ?? numbers[0];
  const phone = contact.phone ?? `+${contact.identity.split('@')[0]}`;
  useEffect(() => void focusViewHeading(), [contact.identity]);
  return (
    <section class="contact-view fill-view" aria-labelledby="contact-view-name">
      <header class="view-head contact-header">
        <button type="button" class="back" onClick={onBack} aria-label={t('search.back')} title={t('search.back')}>
          <Icon icon={ArrowLeft} />
        </button>
        <div class="contact-id">
          <h2 id="contact-view-name" tabIndex={-1} data-view-heading>{contact.name ?? t('common.noName')}</h2>
          <p class="small muted">
            <span class="contact-phone">{formatPhone(phone)}</span>
            {numbers.length > 0 && <> · {numbers.map((installation) => installation.name).join(', ')}</>}
          </p>
        </div>
      </header>
      {numbers.length > 1 && (
        <div class="number-switch" role="group" aria-label={t('conversation.number')}>
          {numbers.map((installation) => (
            <button key={installation.id} type="button" aria-pressed={installation.id === current?.id} onClick={() => setChosenId(installation.id)}>
              {installation.name}
            </button>
          ))}
        </div>
      )}
      {current && <ContactConversation key={current.id} installationId={current.id} identity={contact.identity} phone={phone} />}
    </section>
  );
}
