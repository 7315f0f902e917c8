import type { BotState } from '../store';
import type { Random } from './random';
import { lastWeekdayAt, localDay, zonedInstant } from './zoned-time';

/** Desk attendance hours per number (blip-api.md §9); Clínica Andes has none in Desk. */
export const ATTENDANCE_HOURS: Record<string, { timeZoneId: string; iana: string; schedule: Array<[string, string, string]> } | undefined> = {
  norte: {
    timeZoneId: 'Central Standard Time (Mexico)',
    iana: 'America/Mexico_City',
    schedule: [...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => [day, '09:00:00', '18:00:00'] as [string, string, string]), ['Saturday', '09:00:00', '13:00:00']],
  },
  sul: {
    timeZoneId: 'E. South America Standard Time',
    iana: 'America/Sao_Paulo',
    schedule: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => [day, '08:00:00', '18:00:00'] as [string, string, string]),
  },
  andes: undefined,
};

/** The bot's "notify next business hours" option (bot resource `asistencia.afterHoursOptions`): off on Loja Sul. */
const NOTIFY_OPTION: Record<string, boolean> = { norte: true, sul: false, andes: true };

export interface AfterHoursCase {
  identity: string;
  name?: string;
  label: string;
  at: string;
  /** Whether the extension must list it (outside hours and within 7 days). */
  listed: boolean;
  callbackRequested: boolean;
  /**
   * An active message already answered it: sent through the extension (the contact's extras say so
   * too) or from elsewhere (only the thread shows it, e.g. sent from Conversas or the Desk).
   */
  sent?: 'extension' | 'elsewhere';
}

/** The seeded cases per number, for the tests' ground truth (`/_sandbox/bots/{id}/after-hours-cases`). */
export const afterHoursCases = new WeakMap<BotState, AfterHoursCase[]>();

type Spec = { label: string; weekday?: number; time: string; daysAgo?: number; listed: boolean; callback?: boolean; noName?: boolean; sent?: 'extension' | 'elsewhere' };
const CASES: Record<string, Spec[]> = {
  norte: [
    { label: 'friday-night', weekday: 5, time: '23:30', listed: true, callback: true },
    { label: 'sunday-morning', weekday: 0, time: '11:00', listed: true },
    { label: 'saturday-open', weekday: 6, time: '10:00', listed: false },
    { label: 'saturday-after-closing', weekday: 6, time: '13:30', listed: true },
    { label: 'monday-before-opening', weekday: 1, time: '08:30', listed: true, callback: true },
    { label: 'tuesday-open', weekday: 2, time: '12:00', listed: false },
    { label: 'eight-days-ago-night', daysAgo: 8, time: '03:00', listed: false, callback: true },
    { label: 'thursday-night-no-name', weekday: 4, time: '22:15', listed: true, noName: true },
    { label: 'wednesday-night-answered', weekday: 3, time: '21:40', listed: true, callback: true, sent: 'extension' },
    { label: 'tuesday-dawn-answered-elsewhere', weekday: 2, time: '06:10', listed: true, sent: 'elsewhere' },
  ],
  sul: [
    { label: 'sabado', weekday: 6, time: '15:00', listed: true, callback: true },
    { label: 'quarta-noite', weekday: 3, time: '21:00', listed: true },
    { label: 'segunda-manha', weekday: 1, time: '10:00', listed: false },
  ],
  andes: [{ label: 'madrugada', weekday: 4, time: '02:00', listed: true }],
};

/**
 * Customers who wrote in the last days at known local times: outside and inside business hours,
 * across the weekend and the time zone's date line, and one 8 days ago that must drop off.
 */
export function seedAfterHours(bot: BotState, _random: Random, now: number): void {
  const id = bot.number.id;
  const zone = ATTENDANCE_HOURS[id]?.iana ?? 'America/Bogota';
  bot.resources.set('asistencia.afterHoursOptions', { type: 'application/json', value: { notifyNextBusinessHours: NOTIFY_OPTION[id] ?? false } });
  const cases: AfterHoursCase[] = [];
  // Contacts whose last interaction is older than the window, so only the seeded messages count.
  const pool = bot.contacts.filter((contact) => Date.parse(contact.lastMessageDate) < now - 10 * 86_400_000 && contact.name && !bot.threads.has(contact.identity));
  (CASES[id] ?? []).forEach((spec, index) => {
    const contact = pool[index * 7]!;
    const at = spec.weekday !== undefined ? lastWeekdayAt(now, spec.weekday, spec.time, zone) : zonedInstant(localDay(now - (spec.daysAgo ?? 0) * 86_400_000, zone).date, spec.time, zone);
    const thread = bot.threads.get(contact.identity) ?? [];
    thread.push(
      { id: `${contact.identity}-ah-${index}`, direction: 'received', type: 'text/plain', content: 'Hola, ¿me pueden llamar? Escribo fuera de horario 🌙', date: new Date(at).toISOString(), status: 'consumed' },
      { id: `${contact.identity}-ah-${index}-bot`, direction: 'sent', type: 'text/plain', content: 'Estamos fuera del horario de atención. Le responderemos pronto.', date: new Date(at + 1000).toISOString(), status: 'consumed' },
    );
    bot.threads.set(contact.identity, thread.sort((a, b) => a.date.localeCompare(b.date)));
    contact.lastMessageDate = new Date(at + 1000).toISOString();
    contact.extras = { ...(contact.extras ?? {}), 'asistencia.retornoSolicitado': spec.callback ? 'true' : 'false' };
    if (spec.noName) delete contact.name;
    if (spec.sent) answerWithTemplate(bot, contact, Math.min(at + 20 * 60_000, now - 60_000), spec.sent);
    cases.push({ identity: contact.identity, name: contact.name, label: spec.label, at: new Date(at).toISOString(), listed: spec.listed, callbackRequested: Boolean(spec.callback), sent: spec.sent });
  });
  bot.contacts.sort((a, b) => b.lastMessageDate.localeCompare(a.lastMessageDate));
  afterHoursCases.set(bot, cases);
}

/** An agent's active message after the after-hours contact, as the thread keeps it (blip-api.md §10.2). */
function answerWithTemplate(bot: BotState, contact: { identity: string; name?: string; extras?: Record<string, string>; lastMessageDate: string }, at: number, via: 'extension' | 'elsewhere'): void {
  const date = new Date(at).toISOString();
  const content = {
    type: 'template',
    template: {
      name: 'retomar_conversacion',
      language: { code: 'es_MX', policy: 'deterministic' },
      components: [{ type: 'body', parameters: [{ type: 'text', text: contact.name ?? 'Cliente' }, { type: 'text', text: bot.number.name }] }],
    },
  };
  bot.threads.get(contact.identity)!.push({ id: `${contact.identity}-ah-answer`, direction: 'sent', type: 'application/json', content, date, status: 'consumed', metadata: { '#messageEmitter': 'Human' } });
  contact.lastMessageDate = date;
  if (via === 'extension') contact.extras = { ...(contact.extras ?? {}), 'asistencia.mensajeActivoEnviado': date };
}
