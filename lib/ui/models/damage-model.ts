import { signal, type ReadonlySignal } from '@preact/signals';
import { damagedRecords, onDamaged } from '../../db/damage';
import type { DamagedRecord } from '../../domain/damaged-record';

/** The damaged records this page's reads met (left out or mended), for the views to say so. */
export function createDamageModel(): { records: ReadonlySignal<DamagedRecord[]> } {
  const records = signal(damagedRecords());
  onDamaged(() => {
    records.value = damagedRecords();
  });
  return { records };
}

/** Damaged records as the views see them (a read-only signal). */
export type DamageModel = ReturnType<typeof createDamageModel>;
