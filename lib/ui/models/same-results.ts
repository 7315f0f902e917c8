import type { SearchResult } from '../../domain/contact-search';

/** True when two result lists show the same contacts, in the same order, with the same details. */
export function sameResults(shown: readonly SearchResult[], found: readonly SearchResult[]): boolean {
  return shown.length === found.length && shown.every((result, index) => sameResult(result, found[index]!));
}

function sameResult(a: SearchResult, b: SearchResult): boolean {
  return (
    a.identity === b.identity &&
    a.name === b.name &&
    a.phone === b.phone &&
    a.lastMessageDate === b.lastMessageDate &&
    a.installationIds.length === b.installationIds.length &&
    a.installationIds.every((id, index) => id === b.installationIds[index])
  );
}
