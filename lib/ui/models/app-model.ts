import { computed, signal } from '@preact/signals';
import { rpc } from '../../rpc/client';
import type { Installation } from '../../domain/installation';
import { applyLanguageSetting } from '../../i18n/i18n';
import { liveSignal } from '../live-signal';
import { createDamageModel } from './damage-model';
import { languageOfSetting, rememberLanguage, rememberMessages } from '../language-memory';

/**
 * State every page shares, read straight from IndexedDB (never the keys): the numbers, the settings,
 * the selected number and the outbox. Writes go through RPC to the background.
 */
export function createAppModel() {
  const installations = liveSignal('installations', []);
  const settings = liveSignal('settings', {});
  const outbox = liveSignal('outbox', []);
  const absences = liveSignal('absences', []);
  /** The number chosen in this page until the stored settings say so too (the choice shows at once). */
  const chosen = signal<string | undefined>(undefined);
  settings.subscribe((value) => {
    if (chosen.peek() !== undefined && value.selectedInstallationId === chosen.peek()) chosen.value = undefined;
  });

  // None until the settings are read: falling back to the first number meanwhile showed it for a
  // moment, then switched (and reset whatever the agent had begun in it).
  const selected = computed<Installation | undefined>(() => {
    if (!settings.loaded.value) return undefined;
    const list = installations.value;
    const id = chosen.value ?? settings.value.selectedInstallationId;
    return list.find((installation) => installation.id === id) ?? list[0];
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
    /** Selects a number: shown at once here, stored for every page (a refused choice is taken back). */
    async selectInstallation(id: string): Promise<void> {
      chosen.value = id;
      try {
        await rpc('settings.selectInstallation', { id });
      } catch (error) {
        chosen.value = undefined;
        throw error;
      }
    },
    /** Follows the language setting in this page (remembered for the next page's first paint). */
    followLanguage(): () => void {
      return settings.subscribe((value) => {
        if (!settings.loaded.peek()) return;
        rememberLanguage(value.language);
        void applyLanguageSetting(value.language).then(() => rememberMessages(languageOfSetting(value.language)));
      });
    },
  };
}

/** The state every page shares (each field a read-only signal). */
export type AppModel = ReturnType<typeof createAppModel>;
