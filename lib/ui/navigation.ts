import { signal } from '@preact/signals';
import type { ContactRef } from '../domain/contact';

/** A section asked to be shown (the shell follows it). */
export const requestedSection = signal<string | undefined>(undefined);

/** A contact another section asked Conversas to open; Conversas takes it once. */
export const requestedContact = signal<ContactRef | undefined>(undefined);

/** Shows a contact's view in Conversas from anywhere in the panel. */
export function openInConversas(contact: ContactRef): void {
  requestedContact.value = contact;
  requestedSection.value = 'conversas';
}
