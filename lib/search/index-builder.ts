import { ContactIndex, WA_DOMAIN } from './contact-index';
import { PackedStrings } from './packed-strings';
import { contactPhoneDigits } from './normalize';
import { radixSort } from './radix';

/** A cached contact as the index reads it. */
export interface IndexSource {
  identity: string;
  name?: string;
  phoneNumber?: string;
  /** Epoch ms; 0 when the contact never interacted. */
  lastMessageDate: number;
}

/**
 * Collects one number's contacts (a later copy of an identity replaces an earlier one unless it is
 * older, as the contact cache reads them) and builds its index with ordinals in recency order.
 */
export class ContactIndexBuilder {
  private readonly slot = new Map<string, number>();
  private readonly identities: string[] = [];
  private readonly names: Array<string | undefined> = [];
  private readonly phones: string[] = [];
  private readonly dates: number[] = [];

  add(contact: IndexSource): void {
    const known = this.slot.get(contact.identity);
    if (known !== undefined && contact.lastMessageDate < this.dates[known]!) return;
    const index = known ?? this.identities.length;
    if (known === undefined) this.slot.set(contact.identity, index);
    this.identities[index] = contact.identity;
    this.names[index] = contact.name;
    this.phones[index] = contactPhoneDigits(contact.identity, contact.phoneNumber);
    this.dates[index] = contact.lastMessageDate;
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
    const lastMessageDate = new Float64Array(count);
    const phoneValue = new Float64Array(count);
    const phoneLength = new Uint8Array(count);
    const otherOrdinals: number[] = [];
    const others: string[] = [];
    const names: Array<string | undefined> = new Array(count);
    const phones: string[] = new Array(count);
    for (let ordinal = 0; ordinal < count; ordinal++) {
      const source = order[ordinal]!;
      lastMessageDate[ordinal] = dates[source]!;
      const phone = this.phones[source]!;
      phones[ordinal] = phone;
      if (phone) {
        phoneValue[ordinal] = Number(phone);
        phoneLength[ordinal] = phone.length;
      }
      const identity = this.identities[source]!;
      if (identity !== `${phone}${WA_DOMAIN}`) {
        otherOrdinals.push(ordinal);
        others.push(identity);
      }
      names[ordinal] = this.names[source];
    }
    return ContactIndex.build(
      { count, lastMessageDate, phoneValue, phoneLength, otherOrdinals: Int32Array.from(otherOrdinals), otherIdentities: PackedStrings.of(others.length, (index) => others[index]) },
      { nameOf: (ordinal) => names[ordinal], digitsOf: (ordinal) => phones[ordinal]! },
    );
  }
}
