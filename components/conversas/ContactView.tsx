import { useState } from 'preact/hooks';
import type { AppModel } from '@/lib/ui/models/app-model';
import type { ContactRef } from '@/lib/domain/contact';
import type { Installation } from '@/lib/domain/installation';
import { t } from '@/lib/i18n/i18n';
import { ContactConversation } from './contact/ContactConversation';

/**
 * The contact view opened from search or from Contactos: the contact's header, a choice of number
 * when the contact writes to several, and that number's conversation.
 */
export function ContactView({ app, contact, onBack }: { app: AppModel; contact: ContactRef; onBack: () => void }) {
  const numbers = contact.installationIds
    .map((id) => app.installations.value.find((installation) => installation.id === id))
    .filter((installation): installation is Installation => installation !== undefined);
  const [chosenId, setChosenId] = useState<string>();
  // Conversations are attended where the agent has the attendant role, so that number opens first.
  const current = numbers.find((installation) => installation.id === chosenId) ?? numbers.find((installation) => installation.role === 'attendant') ?? numbers[0];
  const phone = contact.phone ?? `+${contact.identity.split('@')[0]}`;
  return (
    <section class="contact-view" aria-labelledby="contact-view-name">
      <button type="button" onClick={onBack}>
        ← {t('search.back')}
      </button>
      <header class="contact-header">
        <p class="small muted">{t('search.contactHeader')}</p>
        <h2 id="contact-view-name">{contact.name ?? t('common.noName')}</h2>
        <p class="contact-phone">{phone}</p>
        {numbers.length > 0 && <p class="small muted">{t('search.numbers', { numbers: numbers.map((installation) => installation.name).join(', ') })}</p>}
      </header>
      {numbers.length > 1 && (
        <div class="row" role="group" aria-label={t('conversation.number')}>
          {numbers.map((installation) => (
            <button key={installation.id} type="button" aria-pressed={installation.id === current?.id} class={installation.id === current?.id ? 'primary' : ''} onClick={() => setChosenId(installation.id)}>
              {installation.name}
            </button>
          ))}
        </div>
      )}
      {current && <ContactConversation key={current.id} installationId={current.id} identity={contact.identity} phone={phone} />}
    </section>
  );
}
