import { signal, type ReadonlySignal } from '@preact/signals';
import type { ContactRef } from '../../domain/contact';

/** What one section of the side panel asks another to show (Contactos opens a contact in Conversas). */
export interface NavigationModel {
  /** A section asked to be shown (the shell follows it). */
  readonly section: ReadonlySignal<string | undefined>;
  /** A contact another section asked Conversas to open, until Conversas takes it. */
  readonly contact: ReadonlySignal<ContactRef | undefined>;
  /** Shows a contact's view in Conversas from anywhere in the panel. */
  openInConversas(contact: ContactRef): void;
  /** The contact asked for, once: it is cleared as it is taken. */
  takeContact(): ContactRef | undefined;
}

/** Builds the panel's navigation requests (once per side panel). */
export function createNavigationModel(): NavigationModel {
  const section = signal<string | undefined>(undefined);
  const contact = signal<ContactRef | undefined>(undefined);
  return {
    section,
    contact,
    openInConversas(ref) {
      contact.value = ref;
      section.value = 'conversas';
    },
    takeContact() {
      const ref = contact.peek();
      contact.value = undefined;
      return ref;
    },
  };
}
