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
  /** A number Monitoreo was asked to show (an alert was followed), until Monitoreo takes it. */
  readonly monitoringNumber: ReadonlySignal<string | undefined>;
  /** Shows Monitoreo on one number from anywhere in the panel. */
  openMonitoring(installationId: string): void;
  /** The number asked for, once: it is cleared as it is taken. */
  takeMonitoringNumber(): string | undefined;
}

/** Builds the panel's navigation requests (once per side panel). */
export function createNavigationModel(): NavigationModel {
  const section = signal<string | undefined>(undefined);
  const contact = signal<ContactRef | undefined>(undefined);
  const monitoringNumber = signal<string | undefined>(undefined);
  return {
    section,
    contact,
    monitoringNumber,
    openMonitoring(installationId) {
      monitoringNumber.value = installationId;
      section.value = 'monitoreo';
    },
    takeMonitoringNumber() {
      const id = monitoringNumber.peek();
      monitoringNumber.value = undefined;
      return id;
    },
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
