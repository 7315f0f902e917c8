import { contactPhoneDigits } from '../search/normalize';

/** The phone to show: as stored, or +digits from the WhatsApp identity when none is stored. */
export function displayPhone(identity: string, phoneNumber?: string | null): string {
  if (phoneNumber) return phoneNumber;
  const digits = contactPhoneDigits(identity, undefined);
  return digits ? `+${digits}` : identity;
}
