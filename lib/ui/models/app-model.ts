import { computed } from '@preact/signals';
import { getDb } from '../../db/database';
import { listInstallations } from '../../db/installations';
import { readSettings, type Settings } from '../../db/settings';
import { listOutbox } from '../../db/outbox';
import { listAbsences } from '../../db/absence';
import type { Installation } from '../../domain/installation';
import type { AbsenceRecord } from '../../domain/absence';
import type { OutboxItem } from '../../domain/outbox-item';
import { applyLanguageSetting } from '../../i18n/i18n';
import { liveSignal } from '../live-signal';
import { createDamageModel } from './damage-model';

/**
 * State every page shares, read straight from IndexedDB (never the keys): the numbers, the settings,
 * the selected number and the outbox. Writes go through RPC to the background.
 */
export function createAppModel() {
  const db = getDb();
  const installations = liveSignal<Installation[]>(() => listInstallations(db), []);
  const settings = liveSignal<Partial<Settings>>(() => readSettings(db), {});
  const outbox = liveSignal<OutboxItem[]>(() => listOutbox(db), []);
  const absences = liveSignal<AbsenceRecord[]>(() => listAbsences(db), []);

  const selected = computed<Installation | undefined>(() => {
    const list = installations.value;
    return list.find((installation) => installation.id === settings.value.selectedInstallationId) ?? list[0];
  });
  const selectedAbsence = computed(() => absences.value.find((record) => record.installationId === selected.value?.id));

  return {
    installations,
    settings,
    outbox,
    absences,
    selected,
    selectedAbsence,
    /** Saved records this page found damaged (left out or mended). */
    damaged: createDamageModel().records,
    /** Follows the language setting in this page. */
    followLanguage(): () => void {
      return settings.subscribe((value) => applyLanguageSetting(value.language));
    },
  };
}

/** The state every page shares (each field a read-only signal). */
export type AppModel = ReturnType<typeof createAppModel>;
