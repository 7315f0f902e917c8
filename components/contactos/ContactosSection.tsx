import { useEffect, useState } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import type { Contact } from '@/lib/domain/contact';
import type { ContactFilterInput } from '@/lib/domain/contact-filter';
import type { ContactPage } from '@/lib/rpc/contracts/contacts';
import { rpc } from '@/lib/rpc/client';
import { formatDateTime, plural, t } from '@/lib/i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ContactFilters } from './ContactFilters';
import { ContactList } from './ContactList';
import { ContactDetails } from './ContactDetails';
import './contactos.css';

const PAGE = 50;

/** Which filters answered, and how they match, in the user's words. */
function sourceNote(page: ContactPage, number: string, attendant: boolean): string {
  if (page.source === 'cache') return t('contactos.fromCache', { number, date: formatDateTime(page.syncedAt ?? Date.now()) });
  const why = page.cacheSyncing ? t('contactos.cacheSyncing') : attendant ? '' : t('contactos.noCache');
  return `${t('contactos.fromBlip')} ${why}`.trim();
}

/** Contactos: the selected number's contacts by last interaction, with the spec's filters. */
export function ContactosSection({ models }: { models: SidePanelModels }) {
  const { app } = models;
  const installation = app.selected.value;
  const [filter, setFilter] = useState<ContactFilterInput>({});
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [page, setPage] = useState<ContactPage>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const [open, setOpen] = useState<Contact>();
  const [cameFrom, setCameFrom] = useState<string>();

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
    setCameFrom(undefined);
    load(0);
  }, [installation?.id, filter]);

  if (!installation) return <p class="muted">{t('contactos.noNumber')}</p>;
  if (open) {
    const back = () => {
      setCameFrom(open.identity);
      setOpen(undefined);
    };
    return <ContactDetails installationId={installation.id} contact={open} onBack={back} onOpenInConversas={models.navigation.openInConversas} />;
  }
  const filtered = Object.values(filter).some((value) => value?.trim());
  return (
    <section class="contactos" aria-labelledby="contactos-title">
      <div class="view-head">
        <h2 id="contactos-title" tabIndex={-1} data-view-heading>{t('contactos.title', { number: installation.name })}</h2>
      </div>
      <ContactFilters onApply={setFilter} />
      <p class="small muted" aria-live="polite">
        {t('contactos.ordered')} {page?.total !== undefined && !loading ? plural('contactos.count', page.total) : ''}
      </p>
      {page && filtered && !loading && <p class="small muted filter-source" data-testid="filter-source" data-source={page.source}>{sourceNote(page, installation.name, installation.role === 'attendant')}</p>}
      {error !== undefined && <ErrorNotice error={error} onRetry={() => load(contacts.length)} />}
      {!loading && page && contacts.length === 0 && <p class="notice">{t('contactos.empty')}</p>}
      <ContactList contacts={contacts} onOpen={setOpen} focusIdentity={cameFrom} />
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
