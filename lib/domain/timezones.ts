/**
 * Windows time-zone ids, as Blip Desk's attendance hours carry them (blip-api.md §9), mapped to
 * IANA zones for `Intl`. Latin America first, then common others.
 */
export const WINDOWS_TO_IANA: Record<string, string> = {
  'E. South America Standard Time': 'America/Sao_Paulo',
  'SA Eastern Standard Time': 'America/Cayenne',
  'Bahia Standard Time': 'America/Bahia',
  'Tocantins Standard Time': 'America/Araguaina',
  'Central Brazilian Standard Time': 'America/Cuiaba',
  'SA Western Standard Time': 'America/La_Paz',
  'SA Pacific Standard Time': 'America/Bogota',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  'Pacific SA Standard Time': 'America/Santiago',
  'Paraguay Standard Time': 'America/Asuncion',
  'Montevideo Standard Time': 'America/Montevideo',
  'Venezuela Standard Time': 'America/Caracas',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'Eastern Standard Time (Mexico)': 'America/Cancun',
  'Central America Standard Time': 'America/Guatemala',
  'Cuba Standard Time': 'America/Havana',
  'Greenland Standard Time': 'America/Godthab',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'UTC': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'GTB Standard Time': 'Europe/Bucharest',
};

/** An IANA zone for a Windows id or an IANA id, or undefined when `Intl` does not know it. */
export function toIanaZone(id: string | undefined): string | undefined {
  if (!id) return undefined;
  const candidate = WINDOWS_TO_IANA[id.trim()] ?? id.trim();
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: candidate });
    return candidate;
  } catch {
    return undefined;
  }
}
