import type { CompanionDb } from '../db/database';
import type { LanguageSetting } from '../domain/languages';

/** The typed settings kept in the `settings` table, shared by every context. */
export interface Settings {
  agentEmail: string;
  language: LanguageSetting;
  selectedInstallationId: string;
  /** The agent e-mail came from an administrator's policy. */
  agentEmailManaged: boolean;
}

export async function readSetting<K extends keyof Settings>(db: CompanionDb, key: K): Promise<Settings[K] | undefined> {
  const record = await db.settings.get(key);
  return record?.value as Settings[K] | undefined;
}

export async function writeSetting<K extends keyof Settings>(db: CompanionDb, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}
