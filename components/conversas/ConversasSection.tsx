import { useEffect, useState } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import type { ContactRef } from '@/lib/domain/contact';
import { GlobalSearch } from './GlobalSearch';
import { lazyComponent } from '../ui/lazy';

/** The contact view (timeline, composer, templates) loads after the search has painted. */
const ContactView = lazyComponent(() => import('./ContactView').then((module) => module.ContactView));

/** Conversas: the global search, and the contact view of the contact chosen from it (or from Contactos). */
export function ConversasSection({ models }: { models: SidePanelModels }) {
  const { app } = models;
  const { navigation } = models;
  const [open, setOpen] = useState<ContactRef | undefined>(() => navigation.takeContact());
  useEffect(() => navigation.contact.subscribe((contact) => contact && setOpen(navigation.takeContact())), []);
  useEffect(() => {
    const idle = setTimeout(() => void ContactView.preload().catch(() => undefined), 500);
    return () => clearTimeout(idle);
  }, []);
  if (open) return <ContactView app={app} contact={open} onBack={() => setOpen(undefined)} />;
  return <GlobalSearch app={app} search={models.search} contactCache={models.contactCache} onOpenContact={setOpen} />;
}
