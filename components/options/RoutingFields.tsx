import { useState } from 'preact/hooks';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import type { RoutingCandidates } from '@/lib/rpc/contracts/installations';
import type { KeyInput } from '@/lib/domain/installation';
import { ErrorNotice } from '../ui/ErrorNotice';

interface Props {
  formId: string;
  flowId: string;
  stateId: string;
  errors: { flowId?: string; stateId?: string };
  /** What to read the bot with: the saved number, or the keys being typed. */
  target: () => { id: string } | { host: string; key: KeyInput; routerKey?: KeyInput } | undefined;
  onChange: (field: 'flowId' | 'stateId', value: string) => void;
}

/**
 * Where an active message's answer goes: Builder's flow id and human-service block, typed or found in
 * the bot ("Buscarlos en el bot" reads customers' contexts and the flow); when Blip does not tell, the
 * fields say where Builder shows them.
 */
export function RoutingFields({ formId, flowId, stateId, errors, target, onChange }: Props) {
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<RoutingCandidates>();
  const [error, setError] = useState<unknown>();
  const find = async () => {
    const where = target();
    if (!where) return;
    setBusy(true);
    setError(undefined);
    try {
      const candidates = await rpc('installations.findRouting', where);
      setFound(candidates);
      if (candidates.flowIds[0]) onChange('flowId', candidates.flowIds[0]);
      if (candidates.blocks.length === 1) onChange('stateId', candidates.blocks[0]!.id);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const field = (name: 'flowId' | 'stateId', value: string) => (
    <div class="field">
      <label for={`${formId}-${name}`}>{t(`routing.${name}`)}</label>
      <input id={`${formId}-${name}`} name={name} value={value} autocomplete="off" aria-invalid={Boolean(errors[name])} aria-describedby={`${formId}-${name}-help`} onInput={(event) => onChange(name, event.currentTarget.value)} />
      <span class="help" id={`${formId}-${name}-help`}>{t(`routing.${name}Help`)}</span>
      {errors[name] && <span class="error">{errors[name]}</span>}
    </div>
  );
  const block = found?.blocks.find((candidate) => candidate.id === stateId);
  return (
    <fieldset class="routing" data-testid="routing-fields">
      <legend>{t('routing.title')}</legend>
      <p class="muted small">{t('routing.why')}</p>
      {field('flowId', flowId)}
      {found && found.flowIds.length > 1 && (
        <label class="field">
          {t('routing.chooseFlow')}
          <select value={flowId} onChange={(event) => onChange('flowId', event.currentTarget.value)}>
            {found.flowIds.map((id) => <option key={id} value={id}>{id}</option>)}
          </select>
        </label>
      )}
      {field('stateId', stateId)}
      {found && found.blocks.length > 1 && (
        <label class="field">
          {t('routing.chooseBlock')}
          <select value={stateId} onChange={(event) => onChange('stateId', event.currentTarget.value)}>
            {found.blocks.map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.title}</option>)}
          </select>
        </label>
      )}
      {found && (
        <p class="notice" role="status" data-testid="routing-found">
          <span>
            {found.flowIds.length && block ? t('routing.found', { flow: flowId, block: block.title }) : !found.flowIds.length && !found.blocks.length ? t('routing.notFound') : !found.flowIds.length ? t('routing.missingFlow') : !found.blocks.length ? t('routing.missingBlock') : ''}
          </span>
        </p>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
      <button type="button" onClick={() => void find()} disabled={busy}>{busy ? t('routing.finding') : t('routing.find')}</button>
    </fieldset>
  );
}
