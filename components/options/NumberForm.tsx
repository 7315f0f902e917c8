import { useState } from 'preact/hooks';
import type { Installation } from '@/lib/domain/installation';
import { LIMITS } from '@/lib/domain/installation';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import type { ConnectionReport } from '@/lib/rpc/contracts/installations';
import { Field } from '../ui/Field';
import { ErrorNotice } from '../ui/ErrorNotice';
import { draftFrom, emptyForm, hostForTenant, keyFrom, validateForm, type NumberFormValues } from '@/lib/ui/forms/number-form';
import { ensureHostPermission } from '@/lib/ui/actions/host-permission';
import { ConnectionResult } from './ConnectionResult';
import { RoutingFields } from './RoutingFields';

/** Add or edit a number: name, WhatsApp number, host, key(s), where active messages' answers go; test the connection before saving. */
export function NumberForm({ installation, onDone }: { installation?: Installation; onDone: () => void }) {
  const isNew = !installation;
  const [values, setValues] = useState<NumberFormValues>(() => emptyForm(installation));
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState<'test' | 'save'>();
  const [error, setError] = useState<unknown>();
  const [report, setReport] = useState<ConnectionReport>();
  const errors = validateForm(values, isNew, installation?.host);
  const shown = (field: string) => (submitted || touched[field] ? errors[field] : undefined);
  const formId = installation?.id ?? 'new';

  const set = (field: keyof NumberFormValues) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setTouched((previous) => ({ ...previous, [field]: true }));
    setValues((previous) => {
      const next = { ...previous, [field]: value };
      if (field === 'tenant' && !previous.hostEdited) next.host = hostForTenant(value, previous.host);
      if (field === 'host') next.hostEdited = true;
      return next;
    });
    setReport(undefined);
  };

  /** The number as typed (its keys) or as saved; undefined while the typed keys are invalid. */
  const readTarget = () => {
    setSubmitted(true);
    if (['host', 'header', 'identifier', 'accessKey', 'routerHeader'].some((field) => errors[field])) return undefined;
    const key = keyFrom(values);
    const draft = draftFrom(values);
    return key ? { host: values.host, key, routerKey: draft.routerKey } : installation && { id: installation.id };
  };

  const run = async (kind: 'test' | 'save') => {
    setSubmitted(true);
    setError(undefined);
    const relevant = kind === 'test' ? ['tenant', 'host', 'header', 'identifier', 'accessKey'] : Object.keys(errors);
    if (relevant.some((field) => errors[field])) return;
    setBusy(kind);
    try {
      await ensureHostPermission(values.host);
      const key = keyFrom(values);
      if (kind === 'test') {
        setReport(await rpc('installations.test', key ? { host: values.host, key, routerKey: draftFrom(values).routerKey } : { id: installation!.id }));
      } else {
        const { id } = await rpc('installations.save', draftFrom(values, installation?.id));
        setReport(await rpc('installations.refreshRole', { id }).catch((refreshError) => { setError(refreshError); return undefined; }));
        onDone();
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  };

  const input = (field: keyof NumberFormValues, label: string, extra: { help?: string; type?: 'text' | 'tel' | 'url' | 'password'; max?: number; autocomplete?: string } = {}) => (
    <Field id={`${formId}-${field}`} label={label} help={extra.help} error={shown(field)} count={extra.max ? { value: String(values[field]).length, max: extra.max } : undefined}>
      {(describedBy) => (
        <input
          id={`${formId}-${field}`}
          name={field}
          type={(extra.type ?? 'text') as 'text'}
          value={String(values[field])}
          autocomplete={extra.autocomplete ?? 'off'}
          aria-invalid={Boolean(shown(field))}
          aria-describedby={describedBy}
          onInput={set(field)}
        />
      )}
    </Field>
  );

  return (
    <form class="number-form" aria-label={isNew ? t('options.addNumber') : t('options.editNumber')} noValidate onSubmit={(event) => { event.preventDefault(); void run('save'); }}>
      <h2>{isNew ? t('options.addNumber') : t('options.editNumber')}</h2>
      {input('name', t('options.name'), { max: LIMITS.installationName })}
      {input('phone', t('options.phone'), { type: 'tel' })}
      {isNew && input('tenant', t('options.tenant'))}
      {input('host', t('options.host'), { help: t('options.hostHelp'), type: 'url' })}
      <fieldset class="key-mode">
        <legend>{t('options.keyMode')}</legend>
        {(['header', 'pair'] as const).map((mode) => (
          <label key={mode} class="row">
            <input type="radio" name={`${formId}-keyMode`} value={mode} checked={values.keyMode === mode} onChange={() => setValues({ ...values, keyMode: mode })} style={{ width: 'auto' }} />
            {t(`options.keyMode.${mode}`)}
          </label>
        ))}
      </fieldset>
      {!isNew && <p class="muted small">{t('options.keySaved')}</p>}
      {values.keyMode === 'header'
        ? input('header', t('options.keyHeader'), { help: t('options.keyHeaderHelp'), type: 'password' })
        : [input('identifier', t('options.identifier')), input('accessKey', t('options.accessKey'), { type: 'password' })]}
      {input('routerHeader', t('options.routerKey'), { help: t('options.routerKeyHelp'), type: 'password' })}
      <RoutingFields
        formId={formId}
        flowId={values.flowId}
        stateId={values.stateId}
        errors={{ flowId: shown('flowId'), stateId: shown('stateId') }}
        target={readTarget}
        onChange={(field, value) => { setValues((previous) => ({ ...previous, [field]: value })); setTouched((previous) => ({ ...previous, [field]: true })); }}
      />
      {error !== undefined && <ErrorNotice error={error} onRetry={() => void run(busy ?? 'test')} />}
      {report && <ConnectionResult report={report} />}
      <div class="row">
        <button type="button" onClick={() => void run('test')} disabled={busy !== undefined}>
          {busy === 'test' ? t('options.testing') : t('options.testConnection')}
        </button>
        <button type="submit" class="primary" disabled={busy !== undefined}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
