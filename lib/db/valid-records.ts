import type { Installation } from '../domain/installation';
import type { ReadyReply } from '../domain/replies';
import type { ReplyCategoryRecord } from '../domain/reply-records';
import type { AbsenceRecord, AbsenceSetting } from '../domain/absence';
import type { CachedContact } from '../domain/contact';
import type { OutboxItem } from '../domain/outbox-item';
import { ABSENCE_WRITE } from '../domain/outbox-item';

// What a stored record must look like to be used, checked on every read (records written by an
// older version, or damaged). Each check answers the record as the views may use it (mended where a
// safe default exists) or why it cannot be used. Plain checks, not zod: these run on first paint.

export type Checked<T> = { record: T; problem?: string } | { record?: undefined; problem: string };

export const isText = (value: unknown): value is string => typeof value === 'string';
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A finite number (a count, or a date as epoch ms). */
export const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A number: unusable without id, phone or host; a missing name shows (and is repaired) as the phone. */
export function checkInstallation(raw: unknown): Checked<Installation> {
  if (!isObject(raw) || !isText(raw.id) || !isText(raw.phone) || !isText(raw.host)) return { problem: 'no id, phone or host' };
  const record = { ...raw, createdAt: isCount(raw.createdAt) ? raw.createdAt : 0, hasRouterKey: raw.hasRouterKey === true, managed: raw.managed === true } as Installation;
  if (!isText(raw.name) || !raw.name.trim()) return { record: { ...record, name: raw.phone }, problem: 'no name' };
  return { record };
}

function checkReply(raw: unknown): ReadyReply | undefined {
  if (!isObject(raw) || !isText(raw.id) || !isText(raw.title) || !isText(raw.text)) return undefined;
  return { id: raw.id, title: raw.title, text: raw.text };
}

/**
 * A ready-reply category. Older shapes (no position, no per-number fingerprints) are mended; one
 * whose replies cannot be read is left out (its copy on the numbers replaces it at the next pull);
 * a reply that cannot be read is dropped from its category.
 */
export function checkCategory(raw: unknown): Checked<ReplyCategoryRecord> {
  if (!isObject(raw) || !isText(raw.id)) return { problem: 'no id' };
  if (!Array.isArray(raw.replies)) return { problem: `replies is ${raw.replies === null ? 'null' : typeof raw.replies}` };
  const replies = raw.replies.map(checkReply).filter((reply): reply is ReadyReply => reply !== undefined);
  const synced = isObject(raw.synced) ? (Object.fromEntries(Object.entries(raw.synced).filter(([, value]) => isText(value))) as Record<string, string>) : {};
  const record: ReplyCategoryRecord = {
    id: raw.id,
    name: isText(raw.name) ? raw.name : '',
    replies,
    position: isCount(raw.position) ? raw.position : Number.MAX_SAFE_INTEGER,
    synced,
    updatedAt: isCount(raw.updatedAt) ? raw.updatedAt : 0,
  };
  if (typeof raw.deleted === 'boolean') record.deleted = raw.deleted;
  const problems = [
    replies.length < raw.replies.length && `${raw.replies.length - replies.length} unreadable replies`,
    !isText(raw.name) && 'no name',
    !isCount(raw.position) && 'no position',
    !isObject(raw.synced) && 'no fingerprints',
  ].filter(Boolean);
  return problems.length ? { record, problem: problems.join(', ') } : { record };
}

/** An absence setting as the bot resource holds it: on/off and a message at least. */
export function isAbsenceSetting(value: unknown): value is AbsenceSetting {
  return isObject(value) && typeof value.enabled === 'boolean' && isText(value.message) && (value.suggestedContact === undefined || value.suggestedContact === null || (isObject(value.suggestedContact) && isText(value.suggestedContact.name) && isText(value.suggestedContact.phone)));
}

/** A number's absence record: left out when its setting cannot be read (the bot's copy replaces it). */
export function checkAbsence(raw: unknown): Checked<AbsenceRecord> {
  if (!isObject(raw) || !isText(raw.installationId)) return { problem: 'no number' };
  if (!isAbsenceSetting(raw.setting)) return { problem: 'unreadable setting' };
  return { record: { installationId: raw.installationId, setting: { ...raw.setting, suggestedContact: raw.setting.suggestedContact ?? null }, pending: raw.pending === true, updatedAt: isCount(raw.updatedAt) ? raw.updatedAt : 0 } };
}

const STATUSES = new Set(['pending', 'delivering', 'failed']);

/** What each kind of queued write must carry (kinds not listed carry anything). */
const PAYLOAD_CHECKS: Record<string, (payload: unknown) => boolean> = {
  [ABSENCE_WRITE]: isAbsenceSetting,
};

/**
 * A queued write. Unusable without id, number and kind; one whose payload does not fit its kind is
 * still listed (the user sees and may discard it) but reported, and never delivered as it is.
 */
export function checkOutboxItem(raw: unknown): Checked<OutboxItem> {
  if (!isObject(raw) || !isText(raw.id) || !isText(raw.installationId) || !isText(raw.kind)) return { problem: 'no id, number or kind' };
  const record = {
    ...raw,
    status: STATUSES.has(raw.status as string) ? raw.status : 'pending',
    attempts: isCount(raw.attempts) ? raw.attempts : 0,
    nextAttemptAt: isCount(raw.nextAttemptAt) ? raw.nextAttemptAt : 0,
    createdAt: isCount(raw.createdAt) ? raw.createdAt : 0,
  } as OutboxItem;
  const payloadCheck = PAYLOAD_CHECKS[raw.kind];
  if (payloadCheck && !payloadCheck(raw.payload)) return { record, problem: `payload does not fit ${raw.kind}` };
  return { record };
}

const CONTACT_TEXT_FIELDS = ['name', 'phoneNumber', 'email', 'city', 'taxDocument'] as const;

/**
 * A cached contact: left out without an identity; fields of the wrong type are dropped. A contact
 * already in shape is answered as it is (this runs on every contact the index reads).
 */
export function checkContact(raw: unknown): Checked<CachedContact> {
  if (!isObject(raw) || !isText(raw.identity) || !raw.identity) return { problem: 'no identity' };
  const fits = isCount(raw.lastMessageDate) && CONTACT_TEXT_FIELDS.every((field) => raw[field] === undefined || isText(raw[field]));
  if (fits) return { record: raw as unknown as CachedContact };
  const record: CachedContact = { identity: raw.identity, lastMessageDate: isCount(raw.lastMessageDate) ? raw.lastMessageDate : 0 };
  for (const field of CONTACT_TEXT_FIELDS) {
    const value = raw[field];
    if (isText(value) && value) record[field] = value;
  }
  return { record, problem: 'fields of the wrong type' };
}
