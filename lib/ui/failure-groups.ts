import { errorMessage } from '../i18n/error-message';

/** The numbers one and the same failure hit, and what it was, in the user's words. */
export interface FailureGroup<T> {
  message: string;
  members: T[];
}

/**
 * Groups failures that read the same (Blip down for every number says so once, naming the
 * numbers), in the order first seen: one banner per outage instead of one red box per number.
 */
export function groupFailures<T>(failures: Array<{ member: T; error: unknown }>): Array<FailureGroup<T>> {
  const groups = new Map<string, T[]>();
  for (const { member, error } of failures) {
    const message = errorMessage(error);
    groups.set(message, [...(groups.get(message) ?? []), member]);
  }
  return [...groups].map(([message, members]) => ({ message, members }));
}
