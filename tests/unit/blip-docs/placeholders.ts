/**
 * Fills the placeholders of a documented request (`{ticketId}`, `{{user-identity}}`, `{{$guid}}`…) with
 * things that exist in the sandbox, and maps the docs' literal sample ids to seeded ones. Blip's own
 * message variables (`${contact.name}`) are content, not placeholders, and stay.
 */
export function fillPlaceholders<T>(value: T, values: Record<string, string>, literals: Record<string, string>): T {
  const text = JSON.stringify(value).replace(/(?<!\$)\{\{?\s*\$?([A-Za-z][\w.-]*)\s*\}\}?/g, (whole, name: string) => {
    const key = name.replace(/[^A-Za-z]/g, '').toLowerCase();
    if (key === 'guid') return crypto.randomUUID();
    return values[key] ?? whole;
  });
  const mapped = Object.entries(literals).reduce((current, [from, to]) => current.split(from).join(to), text);
  return JSON.parse(mapped) as T;
}
