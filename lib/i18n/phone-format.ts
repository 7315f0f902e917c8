import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { MOBILE_MARKERS, callingCodeOf } from '../domain/calling-codes';

/**
 * A phone number as people read it: `+52 1 55 1234 5678`, `+55 11 98765-4321` → `+55 11 98765 4321`.
 * Takes what Blip stores (any formatting), a WhatsApp identity (`5511…@wa.gw.msging.net`) or E.164.
 * WhatsApp ids keep the mobile marker some countries dropped (Mexico's 1): it is shown apart, after
 * the country code. A value that is not a phone number is returned as it came.
 */
export function formatPhone(value: string): string {
  const trimmed = value.trim();
  const local = trimmed.includes('@') ? trimmed.slice(0, trimmed.indexOf('@')) : trimmed;
  const digits = local.replace(/\D+/g, '');
  // Without a leading + only a full international number (country code included) can be read.
  const international = local.startsWith('+') || trimmed.includes('@') || digits.length >= 11;
  if (!international || digits.length < 8 || digits.length > 15 || /[^\d\s().+-]/.test(local)) return trimmed;
  return withLibrary(digits) ?? withMarker(digits) ?? withLibrary(digits, 'possible') ?? byCountryCode(digits);
}

/** Formatted by the country's rules when the number is valid there (or, as a second try, of a possible length). */
function withLibrary(digits: string, accept: 'valid' | 'possible' = 'valid'): string | undefined {
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  if (!parsed) return undefined;
  return (accept === 'valid' ? parsed.isValid() : parsed.isPossible()) ? parsed.formatInternational() : undefined;
}

/** A number no country's rules know: at least the country code (and a mobile marker) apart. */
function byCountryCode(digits: string): string {
  const code = callingCodeOf(digits);
  const marker = MOBILE_MARKERS[code];
  const rest = digits.slice(code.length);
  return marker && rest.startsWith(marker) && rest.length === 11 ? `+${code} ${marker} ${rest.slice(1)}` : `+${code} ${rest}`;
}

/** `521` + ten digits: formatted without the marker, then the marker put back after the country code. */
function withMarker(digits: string): string | undefined {
  const code = callingCodeOf(digits);
  const marker = MOBILE_MARKERS[code];
  if (!marker || !digits.startsWith(code + marker)) return undefined;
  const formatted = withLibrary(code + digits.slice(code.length + marker.length));
  return formatted?.replace(`+${code} `, `+${code} ${marker} `);
}
