import type { AfterHoursContactRecord, AfterHoursState } from '../domain/after-hours';
import { businessHoursSchema } from '../domain/business-hours';
import { isCount as isTime, isObject, isText, type Checked } from './valid-records';

// The after-hours list as kept from Blip, checked on read like the other stored records. It is a
// copy: a part that cannot be read is dropped, and the next reading takes it from Blip again. Only
// the background reads it, so zod may check the business hours.

const times = (value: unknown): number[] => (Array.isArray(value) ? value.filter(isTime) : []);

/**
 * A kept contact: left out without its number or identity (its thread is then read again). Dates
 * that are not dates are dropped; with no readable `readUntil` the whole thread is read again.
 */
export function checkAfterHoursContact(raw: unknown): Checked<AfterHoursContactRecord> {
  if (!isObject(raw) || !isText(raw.installationId) || !isText(raw.identity) || !raw.identity) return { problem: 'no number or identity' };
  const problems: string[] = [];
  const receivedAt = times(raw.receivedAt);
  const activeSentAt = times(raw.activeSentAt);
  if (receivedAt.length !== (Array.isArray(raw.receivedAt) ? raw.receivedAt.length : -1)) problems.push('unreadable received dates');
  if (activeSentAt.length !== (Array.isArray(raw.activeSentAt) ? raw.activeSentAt.length : -1)) problems.push('unreadable active-message dates');
  if (!isTime(raw.readUntil)) problems.push('no readUntil');
  const record: AfterHoursContactRecord = { installationId: raw.installationId, identity: raw.identity, receivedAt, activeSentAt, readUntil: isTime(raw.readUntil) ? raw.readUntil : 0 };
  if (isText(raw.name)) record.name = raw.name;
  if (isText(raw.phone)) record.phone = raw.phone;
  if (isObject(raw.extras)) record.extras = Object.fromEntries(Object.entries(raw.extras).filter(([, value]) => isText(value))) as Record<string, string>;
  if (isObject(raw.activeDelivery) && isTime(raw.activeDelivery.at)) {
    const { at, status, reason, checkedAt } = raw.activeDelivery;
    record.activeDelivery = { at, status: isText(status) ? status : null, reason: isObject(reason) ? { code: isTime(reason.code) ? reason.code : undefined, description: isText(reason.description) ? reason.description : undefined } : null, ...(isTime(checkedAt) ? { checkedAt } : {}) };
  } else if (raw.activeDelivery !== undefined) problems.push('unreadable delivery');
  return problems.length ? { record, problem: problems.join(', ') } : { record };
}

/**
 * Where a number's list stands: without a number it is left out (the list is read in full again);
 * a part that cannot be read is dropped, so that part is asked of Blip again.
 */
export function checkAfterHoursState(raw: unknown): Checked<AfterHoursState> {
  if (!isObject(raw) || !isText(raw.installationId)) return { problem: 'no number' };
  const problems: string[] = [];
  const record: AfterHoursState = { installationId: raw.installationId };
  if (isTime(raw.threadsSeenAt)) record.threadsSeenAt = raw.threadsSeenAt;
  else if (raw.threadsSeenAt !== undefined) problems.push('unreadable threadsSeenAt');
  if (isObject(raw.threadsRead) && record.threadsSeenAt !== undefined) record.threadsRead = Object.fromEntries(Object.entries(raw.threadsRead).filter(([, at]) => isTime(at))) as Record<string, number>;
  else if (raw.threadsRead !== undefined) problems.push('unreadable threadsRead');
  const desk = raw.deskHours;
  const deskHours = isObject(desk) && isTime(desk.at) ? (desk.value === null ? { success: true as const, data: null } : businessHoursSchema.safeParse(desk.value)) : undefined;
  if (isObject(desk) && isTime(desk.at) && deskHours?.success) record.deskHours = { value: deskHours.data, at: desk.at };
  else if (desk !== undefined) problems.push('unreadable desk hours');
  const notify = raw.notifyOption;
  if (isObject(notify) && isTime(notify.at) && typeof notify.value === 'boolean') record.notifyOption = { value: notify.value, at: notify.at };
  else if (notify !== undefined) problems.push('unreadable notify option');
  return problems.length ? { record, problem: problems.join(', ') } : { record };
}
