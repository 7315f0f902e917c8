import { useEffect, useState } from 'preact/hooks';
import type { AppModel } from '@/lib/ui/app-model';
import type { ContactRef } from '@/lib/domain/contact';
import { requestedContact } from '@/lib/ui/navigation';
import { GlobalSearch } from './GlobalSearch';
import { ContactView } from './ContactView';

/** Conversas: the global search, and the contact view of the contact chosen from it (or from Contactos). */
export function ConversasSection({ app }: { app: AppModel }) {
  const [open, setOpen] = useState<ContactRef | undefined>(() => takeRequested());
  useEffect(() => requestedContact.subscribe((contact) => contact && setOpen(takeRequested())), []);
  if (open) return <ContactView app={app} contact={open} onBack={() => setOpen(undefined)} />;
  return <GlobalSearch app={app} onOpenContact={setOpen} />;
}

function takeRequested(): ContactRef | undefined {
  const contact = requestedContact.peek();
  requestedContact.value = undefined;
  return contact;
}
