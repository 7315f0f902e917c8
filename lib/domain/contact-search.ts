/** A result of the global contact search, as the Conversas list shows it. */
export interface SearchResult {
  identity: string;
  name?: string;
  /** +digits, or the identity when the contact has no phone. */
  phone: string;
  /** The attendant numbers the contact belongs to. */
  installationIds: string[];
  /** Epoch ms, 0 when unknown. */
  lastMessageDate: number;
}

/** Where the contact index of a page stands. */
export interface SearchStatus {
  /** Contacts in the index now being searched. */
  indexed: number;
  /** The index is still being read or brought up to the contact cache. */
  building: boolean;
  /** Cached contacts left out of the index because they could not be read. */
  skipped: number;
}
