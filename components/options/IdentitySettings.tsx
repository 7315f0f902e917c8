import { useEffect, useState } from 'preact/hooks';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { validationMessage } from '@/lib/i18n/error-message';
import { agentEmailSchema } from '@/lib/domain/agent-identity';
import { Field } from '../ui/Field';
import { ErrorNotice } from '../ui/ErrorNotice';

/** The e-mail the agent uses in Blip Desk: it decides the role on each number. */
export function IdentitySettings({ email, managed }: { email?: string; managed?: boolean }) {
  const [value, setValue] = useState(email ?? '');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  useEffect(() => setValue(email ?? ''), [email]);
  const invalid = agentEmailSchema.safeParse(value.trim()).success ? undefined : validationMessage('email-format');
  const save = (event: Event) => {
    event.preventDefault();
    setTouched(true);
    setSaved(false);
    if (invalid) return;
    rpc('settings.setAgentEmail', { email: value.trim() }).then(() => setSaved(true), setError);
  };
  return (
    <section aria-labelledby="identity-title">
      <h2 id="identity-title">{t('options.identity')}</h2>
      <form onSubmit={save} noValidate>
        <Field id="agent-email" label={t('options.email')} help={managed ? t('options.managed') : t('options.emailHelp')} error={touched ? invalid : undefined}>
          {(describedBy) => (
            <input id="agent-email" type="email" autocomplete="email" value={value} readOnly={managed} aria-describedby={describedBy} aria-invalid={Boolean(touched && invalid)} onInput={(event) => { setValue(event.currentTarget.value); setTouched(true); setSaved(false); }} />
          )}
        </Field>
        {error !== undefined && <ErrorNotice error={error} />}
        {saved && <div class="notice success" role="status"><span>{t('options.emailSaved')}</span></div>}
        {!managed && <button type="submit" class="primary">{t('common.save')}</button>}
      </form>
    </section>
  );
}
