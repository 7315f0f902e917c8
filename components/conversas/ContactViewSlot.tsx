import { useEffect, useState } from 'preact/hooks';
import type { ContactRef } from '@/lib/domain/contact';
import { getDb } from '@/lib/db/database';
import { t } from '@/lib/i18n/i18n';

/**
 * The contact view opened from search or from Contactos. For now it shows the contact header;
 * the timeline and composer fill its body.
 */
export function ContactViewSlot({ contact, onBack }: { contact: ContactRef; onBack: () => void }) {
  const [numbers, setNumbers] = useState<string[]>([]);
  useEffect(() => {
    void getDb()
      .installations.bulkGet(contact.installationIds)
      .then((found) => setNumbers(found.map((installation, index) => installation?.name ?? contact.installationIds[index]!)));
  }, [contact.installationIds.join()]);
  return (
    <section class="contact-view" aria-labelledby="contact-view-name">
      <button type="button" onClick={onBack}>
        ← {t('search.back')}
      </button>
      <header class="contact-header">
        <p class="small muted">{t('search.contactHeader')}</p>
        <h2 id="contact-view-name">{contact.name ?? t('common.noName')}</h2>
        <p class="contact-phone">{contact.phone ?? contact.identity}</p>
        {numbers.length > 0 && <p class="small muted">{t('search.numbers', { numbers: numbers.join(', ') })}</p>}
      </header>
    </section>
  );
}
