import { useEffect, useState } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import type { Contact } from '@/lib/domain/contact';
import type { ContactFilterInput } from '@/lib/domain/contact-filter';
import type { ContactPage } from '@/lib/rpc/contracts/contacts';
import { rpc } from '@/lib/rpc/client';
import { plural, t } from '@/lib/i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ContactFilters } from './ContactFilters';
import { ContactList } from './ContactList';
import { ContactDetails } from './ContactDetails';
import './contactos.css';

const PAGE = 50;

/** Contactos: the selected number's contacts from Blip, by last interaction, with the spec's filters. */
export function ContactosSection({ models }: { models: SidePanelModels }) {
  const { app } = models;
  const installation = app.selected.value;
  const [filter, setFilter] = useState<ContactFilterInput>({});
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [page, setPage] = useState<ContactPage>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const [open, setOpen] = useState<Contact>();

  const load = (skip: number) => {
    if (!installation) return;
    setLoading(true);
    setError(undefined);
    rpc('contacts.list', { installationId: installation.id, filter, skip, take: PAGE })
      .then((next) => {
        setContacts((current) => (skip === 0 ? next.items : [...current, ...next.items]));
        setPage(next);
      }, setError)
      .finally(() => setLoading(false));
  };
  useEffect(() => {
    setOpen(undefined);
    load(0);
  }, [installation?.id, filter]);

  if (!installation) return <p class="muted">{t('contactos.noNumber')}</p>;
  if (open) return <ContactDetails installationId={installation.id} contact={open} onBack={() => setOpen(undefined)} onOpenInConversas={models.navigation.openInConversas} />;
  return (
    <section class="contactos" aria-labelledby="contactos-title">
      <h2 id="contactos-title">{t('contactos.title', { number: installation.name })}</h2>
      <ContactFilters onApply={setFilter} />
      <p class="small muted" aria-live="polite">
        {t('contactos.ordered')} {page?.total !== undefined && !loading ? plural('contactos.count', page.total) : ''}
      </p>
      {error !== undefined && <ErrorNotice error={error} onRetry={() => load(contacts.length)} />}
      {!loading && page && contacts.length === 0 && <p class="notice">{t('contactos.empty')}</p>}
      <ContactList contacts={contacts} onOpen={setOpen} />
      {loading && <p class="muted">{t('common.loading')}</p>}
      {page?.windowReached && <p class="notice warning">{t('contactos.window')}</p>}
      {!loading && page?.nextSkip !== undefined && (
        <button type="button" onClick={() => load(page.nextSkip!)}>
          {t('contactos.more')}
        </button>
      )}
    </section>
  );
}
