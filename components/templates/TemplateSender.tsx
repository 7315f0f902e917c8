import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rpc } from '@/lib/rpc/client';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { formatPhone } from '@/lib/i18n/phone-format';
import { AppError, isTransient } from '@/lib/errors/app-error';
import { previewTemplate, templateVariables, unsupportedReason, validateTemplateValues, type Template } from '@/lib/domain/templates';
import type { ActiveMessageResult } from '@/lib/rpc/contracts/templates';
import type { ScheduledMessage } from '@/lib/domain/callbacks';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TemplateFields } from './TemplateFields';
import { SentResult } from './SentResult';
import './templates.css';

interface Props {
  installationId: string;
  phone: string;
  identity?: string;
  onSent?: () => void | Promise<void>;
  /** Focus the template choice as soon as it shows (the agent came here to send one). */
  autoFocus?: boolean;
  /** Leave the message with Blip's scheduler instead of sending it now (see ScheduleDialog). */
  schedule?: ScheduleRequest;
}

/** A message for the opening: when it leaves, and the after-hours row it answers. */
export interface ScheduleRequest {
  when: number;
  contactedAt: number;
  name?: string;
  onScheduled: (message: ScheduledMessage) => void;
}

/**
 * The active-message flow: choose an approved template → fill its variables (checked as typed; a
 * media header by https link, URL buttons' parameters) → preview → send → where the answer goes and
 * the delivery WhatsApp reports. A template whose parts cannot be built is refused with the reason.
 * Without a human-service block configured, it says the answer will reach the bot, not Desk. One
 * request id per dialog, so a double click or a retry never sends twice.
 */
export function TemplateSender({ installationId, phone, identity, onSent, autoFocus, schedule }: Props) {
  const [templates, setTemplates] = useState<Template[]>();
  const [routesToDesk, setRoutesToDesk] = useState(true);
  const [result, setResult] = useState<ActiveMessageResult>();
  /** A scheduled message Blip confirmed (false: kept and retried by the background). */
  const [placed, setPlaced] = useState(true);
  const [chosen, setChosen] = useState<string>('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [error, setError] = useState<unknown>();
  const requestId = useMemo(() => crypto.randomUUID(), [chosen]);
  const choice = useRef<HTMLSelectElement>(null);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus && templates?.length) choice.current?.focus();
  }, [autoFocus, Boolean(templates?.length)]);
  // The form goes away once sent: the focus moves to the confirmation instead of the page body.
  useEffect(() => {
    if (state === 'sent') done.current?.focus();
  }, [state]);

  const load = () => {
    setError(undefined);
    rpc('templates.list', { installationId }).then((list) => {
      setTemplates(list.templates);
      setRoutesToDesk(list.routesToDesk);
    }, setError);
  };
  useEffect(load, [installationId]);

  const template = templates?.find((candidate) => `${candidate.name}|${candidate.language}` === chosen);
  const variables = template ? templateVariables(template) : [];
  const problems = template ? validateTemplateValues(template, values) : {};
  const preview = template ? previewTemplate(template, values) : undefined;
  const unsupported = template ? unsupportedReason(template) : undefined;

  const send = async () => {
    setTouched(Object.fromEntries(variables.map((variable) => [variable.key, true])));
    if (!template || unsupported || Object.keys(problems).length || state !== 'idle') return;
    setState('sending');
    setError(undefined);
    try {
      const message = { installationId, phone, identity, templateName: template.name, language: template.language, values, requestId };
      if (schedule) {
        const scheduled = await rpc('callbacks.schedule', { ...message, identity: identity ?? '', name: schedule.name, contactedAt: schedule.contactedAt, when: schedule.when });
        setPlaced(Boolean(scheduled.placedAt));
        schedule.onScheduled(scheduled);
      }
      else setResult(await rpc('templates.send', message));
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
      <p><strong>{t('templates.to', { phone: formatPhone(phone) })}</strong></p>
      {error !== undefined && <TemplateError error={error} onRetry={templates ? undefined : load} />}
      {templates && templates.length === 0 && <p class="muted">{t('templates.none')}</p>}
      {templates && templates.length > 0 && state !== 'sent' && (
        <>
          <label class="field">
            {t('templates.choose')}
            <select ref={choice} value={chosen} onChange={(event) => { setChosen(event.currentTarget.value); setValues({}); setTouched({}); }}>
              <option value="">{t('templates.choosePlaceholder')}</option>
              {templates.map((candidate) => (
                <option key={`${candidate.name}|${candidate.language}`} value={`${candidate.name}|${candidate.language}`}>
                  {candidate.name} ({candidate.language})
                </option>
              ))}
            </select>
          </label>
          {unsupported ? (
            <div class="notice warning" role="alert" data-testid="template-unsupported"><span>{t(`templates.unsupported.${unsupported}`)}</span></div>
          ) : (
            <TemplateFields variables={variables} values={values} problems={problems} touched={touched} onChange={(key, value) => { setValues({ ...values, [key]: value }); setTouched({ ...touched, [key]: true }); }} />
          )}
          {preview && (
            <figure class="template-preview" aria-label={t('templates.preview')}>
              <figcaption class="small muted">{t('templates.preview')}</figcaption>
              {preview.header && <strong>{preview.header}</strong>}
              <p>{preview.body}</p>
              {preview.footer && <small class="muted">{preview.footer}</small>}
              {preview.buttons.length > 0 && <small class="muted">{t('templates.buttons', { buttons: preview.buttons.join(' · ') })}</small>}
            </figure>
          )}
          {!routesToDesk && <div class="notice warning" data-testid="template-no-routing"><span>{t('templates.noRouting')}</span></div>}
          <button type="button" class="primary" disabled={!template || Boolean(unsupported) || state !== 'idle'} onClick={() => void send()}>
            {schedule ? (state === 'sending' ? t('callbacks.scheduling') : t('callbacks.schedule', { date: formatDateTime(schedule.when) })) : state === 'sending' ? t('templates.sending') : t('templates.send')}
          </button>
        </>
      )}
      {state === 'sent' && result && (
        <div ref={done} tabIndex={-1} class="sent-result">
          <SentResult installationId={installationId} result={result} />
        </div>
      )}
      {state === 'sent' && schedule && (
        <div ref={done} tabIndex={-1} class="notice success" role="status">
          <span>{t(placed ? 'callbacks.scheduled' : 'callbacks.scheduledLater', { date: formatDateTime(schedule.when) })}</span>
        </div>
      )}
    </div>
  );
}

/** Explains the failures particular to active messages, and the rest through the common messages. */
function TemplateError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof AppError && error.code === 'not-found') return <div class="notice error" role="alert"><span>{t('templates.noWhatsApp')}</span></div>;
  if (error instanceof AppError && error.code === 'lime-failure' && error.details.reason === 23) {
    return <div class="notice error" role="alert"><span>{t('templates.rejected', { reason: error.details.reasonText ?? '' })}</span></div>;
  }
  const queued = error instanceof AppError && (error.code === 'queued' || isTransient(error.code));
  return (
    <>
      <ErrorNotice error={error} onRetry={onRetry} />
      {queued && <p class="small" data-testid="template-queued">{t('templates.queuedHint')}</p>}
    </>
  );
}
