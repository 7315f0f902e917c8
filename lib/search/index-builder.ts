import { ContactIndex, WA_DOMAIN } from './contact-index';
import { contactPhoneDigits } from './normalize';
import { radixSort } from './radix';

/** A cached contact as the index reads it. `installation` is the number's bit position (0–31). */
export interface IndexSource {
  installation: number;
  identity: string;
  name?: string;
  phoneNumber?: string;
  /** Epoch ms; 0 when the contact never interacted. */
  lastMessageDate: number;
}

/**
 * Collects contacts (one entry per identity across numbers: the same customer on two numbers is one
 * result that lists both) and builds the index with ordinals in recency order.
 */
export class ContactIndexBuilder {
  private readonly slot = new Map<string, number>();
  private readonly identities: string[] = [];
  private readonly names: Array<string | undefined> = [];
  private readonly phones: string[] = [];
  private readonly dates: number[] = [];
  private readonly masks: number[] = [];

  add(contact: IndexSource): void {
    const bit = (1 << contact.installation) >>> 0;
    let index = this.slot.get(contact.identity);
    if (index === undefined) {
      index = this.identities.length;
      this.slot.set(contact.identity, index);
      this.identities.push(contact.identity);
      this.names.push(contact.name);
      this.phones.push(contactPhoneDigits(contact.identity, contact.phoneNumber));
      this.dates.push(contact.lastMessageDate);
      this.masks.push(bit);
      return;
    }
    this.masks[index] = (this.masks[index]! | bit) >>> 0;
    // The most recent copy names the contact; an unnamed copy never hides a known name.
    if (contact.lastMessageDate > this.dates[index]!) {
      this.dates[index] = contact.lastMessageDate;
      if (contact.name) this.names[index] = contact.name;
    } else if (!this.names[index] && contact.name) {
      this.names[index] = contact.name;
    }
  }

  get size(): number {
    return this.identities.length;
  }

  build(): ContactIndex {
    const count = this.identities.length;
    const dates = this.dates;
    // Newest first: sort ascending by (newest − date); the radix sort keeps insertion order on ties.
    const newest = dates.reduce((max, date) => Math.max(max, date), 0);
    const age = Float64Array.from(dates, (date) => newest - Math.max(0, date));
    const order = radixSort(Int32Array.from(dates.keys()), age);
    const installations = new Uint32Array(count);
    const lastMessageDate = new Float64Array(count);
    const phoneValue = new Float64Array(count);
    const phoneLength = new Uint8Array(count);
    const otherIdentities = new Map<number, string>();
    const names: Array<string | undefined> = new Array(count);
    const phones: string[] = new Array(count);
    for (let ordinal = 0; ordinal < count; ordinal++) {
      const source = order[ordinal]!;
      installations[ordinal] = this.masks[source]!;
      lastMessageDate[ordinal] = dates[source]!;
      const phone = this.phones[source]!;
      phones[ordinal] = phone;
      if (phone) {
        phoneValue[ordinal] = Number(phone);
        phoneLength[ordinal] = phone.length;
      }
      const identity = this.identities[source]!;
      if (identity !== `${phone}${WA_DOMAIN}`) otherIdentities.set(ordinal, identity);
      names[ordinal] = this.names[source];
    }
    return new ContactIndex(
      { count, installations, lastMessageDate, phoneValue, phoneLength, otherIdentities },
      { nameOf: (ordinal) => names[ordinal], digitsOf: (ordinal) => phones[ordinal]! },
    );
  }
}
