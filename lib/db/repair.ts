import { ABSENCE_WRITE } from '../domain/outbox-item';
import type { Database } from './database';
import { checkAbsence, checkCategory, checkInstallation, isAbsenceSetting } from './valid-records';
import { tablesOf } from './tables';

// Repairs of damaged records that need no Blip call, and the lists of those that need one.

/** What is damaged in the database, as the background's repair needs to know it. */
export interface DamageFound {
  /** Numbers with no name (shown as their phone until Blip tells the bot's name). */
  unnamedNumbers: string[];
  /** Numbers whose absence record cannot be read (the bot's copy replaces it). */
  unreadableAbsence: string[];
  /** Categories left out as unreadable (their copy on the numbers replaces them at a pull). */
  unreadableCategories: string[];
}

/** Finds the damaged records whose repair needs Blip. */
export async function findDamage(db: Database): Promise<DamageFound> {
  const { installations, absence, replyCategories } = tablesOf(db);
  const numbers = (await installations.toArray()) as unknown[];
  const absences = (await absence.toArray()) as unknown[];
  const categories = (await replyCategories.toArray()) as unknown[];
  const idOf = (raw: unknown, field: string) => String((raw as Record<string, unknown> | null)?.[field] ?? '');
  return {
    unnamedNumbers: numbers.filter((raw) => checkInstallation(raw).problem === 'no name').map((raw) => idOf(raw, 'id')),
    unreadableAbsence: absences.filter((raw) => !checkAbsence(raw).record).map((raw) => idOf(raw, 'installationId')).filter(Boolean),
    unreadableCategories: categories.filter((raw) => !checkCategory(raw).record).map((raw) => idOf(raw, 'id')).filter(Boolean),
  };
}

/**
 * Queued absence writes whose setting cannot be read (never sent as they are): each takes the
 * number's local setting, which the same transaction that queued it wrote; with none readable, the
 * write is dropped and the number's unreadable absence record too, so the bot's copy is read again.
 * Answers the numbers whose absence must be read from the bot.
 */
export async function repairAbsenceWrites(db: Database): Promise<string[]> {
  const { outbox, absence } = tablesOf(db);
  return tablesOf(db).transaction('rw', outbox, absence, async () => {
    const refresh = new Set<string>();
    const damaged = (await outbox.toArray()).filter((item) => item.kind === ABSENCE_WRITE && !isAbsenceSetting(item.payload));
    for (const item of damaged) {
      const local = checkAbsence(await absence.get(item.installationId)).record;
      if (local && item.status !== 'delivering') await outbox.update(item.id, { payload: local.setting, status: 'pending', nextAttemptAt: 0 });
      else if (!local) {
        await outbox.delete(item.id);
        await absence.delete(item.installationId);
        refresh.add(item.installationId);
      }
    }
    return [...refresh];
  });
}
