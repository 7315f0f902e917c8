import type { LanguageSetting } from '../domain/languages';
import type { PanelRequest } from '../domain/panel-request';
import type { Database } from './database';
import { tablesOf } from './tables';

/** The typed settings kept in the `settings` table, shared by every context. */
export interface Settings {
  agentEmail: string;
  language: LanguageSetting;
  selectedInstallationId: string;
  /** The agent e-mail came from an administrator's policy. */
  agentEmailManaged: boolean;
  /** The agent's full name on each number (as Desk's attendants list has it), for the palette's variables. */
  agentNames: Record<string, { email: string; name?: string; at: number }>;
  /** What a clicked notification asked the side panel to show. */
  panelRequest: PanelRequest;
}

/** One setting, or undefined when never written. */
export async function readSetting<K extends keyof Settings>(db: Database, key: K): Promise<Settings[K] | undefined> {
  const record = await tablesOf(db).settings.get(key);
  return record?.value as Settings[K] | undefined;
}

/** Writes one setting. */
export async function writeSetting<K extends keyof Settings>(db: Database, key: K, value: Settings[K]): Promise<void> {
  await tablesOf(db).settings.put({ key, value });
}

/** Every setting stored so far. */
export async function readSettings(db: Database): Promise<Partial<Settings>> {
  const records = await tablesOf(db).settings.toArray();
  return Object.fromEntries(records.map((record) => [record.key, record.value])) as Partial<Settings>;
}
