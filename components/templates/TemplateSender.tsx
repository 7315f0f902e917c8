import { useEffect, useMemo, useState } from 'preact/hooks';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { AppError } from '@/lib/errors/app-error';
import { previewTemplate, templateVariables, validateTemplateValues, type Template, type VariableProblem } from '@/lib/domain/templates';
import type { MessageKey } from '@/lib/i18n/messages';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Field } from '../ui/Field';
import './templates.css';

const PROBLEM_TEXT: Record<VariableProblem, MessageKey> = {
  required: 'templates.required',
  'template-whitespace': 'templates.whitespace',
  'too-long': 'templates.headerTooLong',
  'body-too-long': 'templates.bodyTooLong',
  'media-url': 'templates.mediaUrl',
};

interface Props {
  installationId: string;
  phone: string;
  identity?: string;
  onSent?: () => void | Promise<void>;
}

/**
 * The active-message flow: choose an approved template → fill its variables (checked as typed) →
 * preview → send. One request id per dialog, so a double click or a retry never sends twice.
 */
export function TemplateSender({ installationId, phone, identity, onSent }: Props) {
  const [templates, setTemplates] = useState<Template[]>();
  const [chosen, setChosen] = useState<string>('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [error, setError] = useState<unknown>();
  const requestId = useMemo(() => crypto.randomUUID(), [chosen]);

  const load = () => {
    setError(undefined);
    rpc('templates.list', { installationId }).then(setTemplates, setError);
  };
  useEffect(load, [installationId]);

  const template = templates?.find((candidate) => `${candidate.name}|${candidate.language}` === chosen);
  const variables = template ? templateVariables(template) : [];
  const problems = template ? validateTemplateValues(template, values) : {};
  const preview = template ? previewTemplate(template, values) : undefined;

  const send = async () => {
    setTouched(Object.fromEntries(variables.map((variable) => [variable.key, true])));
    if (!template || Object.keys(problems).length || state !== 'idle') return;
    setState('sending');
    setError(undefined);
    try {
      await rpc('templates.send', { installationId, phone, identity, templateName: template.name, language: template.language, values, requestId });
      setState('sent');
      await onSent?.();
    } catch (caught) {
      setError(caught);
      setState('idle');
    }
  };

  return (
    <div class="template-sender" data-testid="template-sender">
      <p class="muted small">{t('templates.why')}</p>
      <p><strong>{t('templates.to', { phone })}</strong></p>
      {error !== undefined && <TemplateError error={error} onRetry={templates ? undefined : load} />}
      {templates && templates.length === 0 && <p class="muted">{t('templates.none')}</p>}
      {templates && templates.length > 0 && state !== 'sent' && (
        <>
          <label class="field">
            {t('templates.choose')}
            <select value={chosen} onChange={(event) => { setChosen(event.currentTarget.value); setValues({}); setTouched({}); }}>
              <option value="">{t('templates.choosePlaceholder')}</option>
              {templates.map((candidate) => (
                <option key={`${candidate.name}|${candidate.language}`} value={`${candidate.name}|${candidate.language}`}>
                  {candidate.name} ({candidate.language})
                </option>
              ))}
            </select>
          </label>
          {variables.map((variable) => {
            const id = `template-${variable.key.replace(/\./g, '-')}`;
            const problem = touched[variable.key] ? problems[variable.key] : undefined;
            return (
              <Field key={variable.key} id={id} label={variable.kind === 'media' ? t(`templates.media.${variable.format!}`) : t('templates.variable', { index: variable.index, component: t(`templates.component.${variable.component}`) })} error={problem && t(PROBLEM_TEXT[problem])}>
                {(describedBy) => (
                  <input id={id} value={values[variable.key] ?? ''} aria-invalid={Boolean(problem)} aria-describedby={describedBy} onInput={(event) => { setValues({ ...values, [variable.key]: event.currentTarget.value }); setTouched({ ...touched, [variable.key]: true }); }} />
                )}
              </Field>
            );
          })}
          {preview && (
            <figure class="template-preview" aria-label={t('templates.preview')}>
              <figcaption class="small muted">{t('templates.preview')}</figcaption>
              {preview.header && <strong>{preview.header}</strong>}
              <p>{preview.body}</p>
              {preview.footer && <small class="muted">{preview.footer}</small>}
            </figure>
          )}
          <button type="button" class="primary" disabled={!template || state !== 'idle'} onClick={() => void send()}>
            {state === 'sending' ? t('templates.sending') : t('templates.send')}
          </button>
        </>
      )}
      {state === 'sent' && <div class="notice success" role="status"><span>{t('templates.sent')}</span></div>}
    </div>
  );
}

/** Explains the failures particular to active messages, and the rest through the common messages. */
function TemplateError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof AppError && error.code === 'not-found') return <div class="notice error" role="alert"><span>{t('templates.noWhatsApp')}</span></div>;
  if (error instanceof AppError && error.code === 'lime-failure' && error.details.reason === 23) {
    return <div class="notice error" role="alert"><span>{t('templates.rejected', { reason: error.details.reasonText ?? '' })}</span></div>;
  }
  return <ErrorNotice error={error} onRetry={onRetry} />;
}
