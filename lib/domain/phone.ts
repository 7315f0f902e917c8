/** Only the digits of a phone number, whatever its formatting (+55 (11) 98765-4321 → 5511987654321). */
export function phoneDigits(value: string): string {
  return value.replace(/\D+/g, '');
}

/** A plausible international number: 8–15 digits (E.164), a leading + optional. */
export function isValidInternationalPhone(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return false;
  const digits = phoneDigits(trimmed);
  return digits.length >= 8 && digits.length <= 15;
}

/** E.164 form with the leading + (what WhatsApp look-ups need, blip-api.md §10.3). */
export function toE164(value: string): string {
  return `+${phoneDigits(value)}`;
}
