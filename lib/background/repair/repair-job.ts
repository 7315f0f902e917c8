import { findDamage, repairAbsenceWrites } from '../../db/repair';
import { forgetDamaged } from '../../db/damage';
import { getInstallation, updateInstallation } from '../../db/installations';
import { getBotAccount } from '../../blip/account';
import type { Services } from '../services';

/**
 * Repairs records an older version or a damage left in the database, from Blip where it can: a
 * number with no name takes its bot's name; an absence record or a queued absence write that cannot
 * be read is replaced by the local setting or the bot's copy; a ready-reply category that cannot be
 * read is taken again from the numbers. Runs when the worker starts; a repair that fails (Blip
 * unreachable) is tried at the next start, and the views keep leaving the record out meanwhile.
 */
export async function repairDamagedRecords(services: Services): Promise<void> {
  const { db } = services;
  const refreshAbsence = await repairAbsenceWrites(db);
  const damage = await findDamage(db);
  const tasks: Array<Promise<unknown>> = [];
  for (const id of damage.unnamedNumbers) {
    tasks.push(
      (async () => {
        const installation = await getInstallation(db, id);
        const account = await getBotAccount(await services.clients.forInstallation(id));
        await updateInstallation(db, id, { name: account.fullName?.trim() || installation?.phone || id });
        forgetDamaged('installations', id);
      })(),
    );
  }
  for (const id of new Set([...refreshAbsence, ...damage.unreadableAbsence])) tasks.push(services.absence.refresh(id).then(() => forgetDamaged('absence', id)));
  if (damage.unreadableCategories.length) tasks.push(services.repliesSync.pullAll());
  const results = await Promise.allSettled(tasks);
  for (const result of results) if (result.status === 'rejected') console.warn('A damaged record could not be repaired now:', result.reason);
  if (refreshAbsence.length || damage.unreadableAbsence.length) services.kickOutbox();
}
