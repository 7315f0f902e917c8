import { contactPhoneDigits } from '../search/normalize';
import { formatPhone } from '../i18n/phone-format';

/** The phone to show: as stored, or from the WhatsApp identity when none is stored, formatted for reading. */
export function displayPhone(identity: string, phoneNumber?: string | null): string {
  if (phoneNumber) return formatPhone(phoneNumber);
  const digits = contactPhoneDigits(identity, undefined);
  return digits ? formatPhone(`+${digits}`) : identity;
}
