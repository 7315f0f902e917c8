import { useEffect, useState } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import type { ContactRef } from '@/lib/domain/contact';
import { GlobalSearch } from './GlobalSearch';
import { lazyComponent } from '../ui/lazy';
import { firstPaint } from '@/lib/ui/first-paint';

/** The contact view (timeline, composer, templates) loads after the search has painted. */
const ContactView = lazyComponent(() => import('./ContactView').then((module) => module.ContactView));

/** Conversas: the global search, and the contact view of the contact chosen from it (or from Contactos). */
export function ConversasSection({ models }: { models: SidePanelModels }) {
  const { app } = models;
  const { navigation } = models;
  const [open, setOpen] = useState<ContactRef | undefined>(() => navigation.takeContact());
  useEffect(() => navigation.contact.subscribe((contact) => contact && setOpen(navigation.takeContact())), []);
  // Its code loads right after the search has painted, so opening a contact does not wait for it.
  useEffect(() => void firstPaint.then(() => ContactView.preload()).catch(() => undefined), []);
  if (open) return <ContactView app={app} contact={open} onBack={() => setOpen(undefined)} />;
  return <GlobalSearch app={app} search={models.search} contactCache={models.contactCache} onOpenContact={setOpen} />;
}
