import { contactPhoneDigits } from '../search/normalize';
import { formatPhone } from '../i18n/phone-format';

/**
 * The phone to show, formatted for reading: the stored phone when it is a full international
 * number; otherwise the number the customer writes from (the WhatsApp identity); otherwise the
 * stored phone as it is, or the identity.
 */
export function displayPhone(identity: string, phoneNumber?: string | null): string {
  const stored = phoneNumber?.trim();
  if (stored && (stored.startsWith('+') || stored.replace(/\D+/g, '').length >= 11)) return formatPhone(stored);
  const digits = contactPhoneDigits(identity, undefined);
  if (digits) return formatPhone(`+${digits}`);
  return stored || identity;
}
