/**
 * Country calling codes are prefix-free (ITU E.164): a number starting with 1 or 7 has a one-digit
 * code, one starting with one of these two-digit codes has two digits, every other has three.
 */
const TWO_DIGIT_CODES = new Set([
  '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49',
  '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84',
  '86', '90', '91', '92', '93', '94', '95', '98',
]);

/** Mobile markers written after the country code in WhatsApp ids but often left out by people (MX 1, AR 9). */
export const MOBILE_MARKERS: Record<string, string> = { '52': '1', '54': '9' };

/** Digits of the country calling code at the start of a full international number. */
export function callingCodeOf(fullDigits: string): string {
  const first = fullDigits.charAt(0);
  if (first === '1' || first === '7') return first;
  const two = fullDigits.slice(0, 2);
  return TWO_DIGIT_CODES.has(two) ? two : fullDigits.slice(0, 3);
}

/**
 * The national number (no country code, no mobile marker) of a full international number:
 * 5511987654321 → 11987654321, 5215512345678 → 5512345678. Empty when too short to be a number.
 */
export function nationalDigits(fullDigits: string): string {
  if (fullDigits.length < 8) return '';
  const code = callingCodeOf(fullDigits);
  let rest = fullDigits.slice(code.length);
  const marker = MOBILE_MARKERS[code];
  if (marker && rest.startsWith(marker) && rest.length === 11) rest = rest.slice(1);
  return rest.length >= 6 ? rest : '';
}
