import { useEffect, useRef, useState } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import { ABSENCE_LIMITS } from '@/lib/domain/absence';
import { rpc } from '@/lib/rpc/client';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { Field } from '../ui/Field';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formFrom, settingFrom, validateAbsence, type AbsenceFormValues } from '@/lib/ui/forms/absence-form';
import { canSetAbsence } from '@/lib/domain/absence';

/** "Ausencia del agente" for the selected number: message, suggested agent, on/off. */
export function AbsenceSection({ models }: { models: SidePanelModels }) {
  const { app } = models;
  const installation = app.selected.value;
  const record = app.selectedAbsence.value;
  const [values, setValues] = useState<AbsenceFormValues>(() => formFrom(record?.setting));
  const [dirty, setDirty] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  /** When the last save was asked for (the stored copy says whether the bot has it once it is that new). */
  const [savedAt, setSavedAt] = useState<number>();
  const [error, setError] = useState<unknown>();

  // What the form was last set from. Effects run after the paint, and the user may have typed or
  // saved by then: on the first run there is nothing new, and resetting would undo what they did.
  const shownNumber = useRef(installation?.id);
  const followedRecord = useRef(record);
  // Another number: its stored copy, nothing edited (an edit of the previous number is not carried over).
  useEffect(() => {
    if (shownNumber.current === installation?.id) return;
    shownNumber.current = installation?.id;
    setValues(formFrom(record?.setting));
    setDirty(false);
    setSubmitted(false);
    setSavedAt(undefined);
  }, [installation?.id]);
  // Follow the stored copy (the bot's, or another context's edit) until the user starts editing.
  useEffect(() => {
    if (followedRecord.current === record) return;
    followedRecord.current = record;
    if (!dirty) setValues(formFrom(record?.setting));
  }, [record]);

  if (!installation) return null;
  const errors = validateAbsence(values);
  const allowed = canSetAbsence(installation.role);
  const shown = (field: string) => (submitted || (dirty && field !== 'message') ? errors[field] : undefined);
  const update = (patch: Partial<AbsenceFormValues>) => {
    setValues({ ...values, ...patch });
    setDirty(true);
    setSavedAt(undefined);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    setError(undefined);
    if (Object.keys(errors).length) return;
    const asked = Date.now();
    try {
      await rpc('absence.save', { installationId: installation.id, setting: settingFrom(values) });
      setDirty(false);
      setSavedAt(asked);
    } catch (caught) {
      setError(caught);
    }
  };
  const since = record?.setting.enabled && record.setting.changedAt;
  // Until this page reads the copy the save stored, the copy it holds is an older one: not "delivered".
  const delivered = savedAt !== undefined && record !== undefined && !record.pending && record.updatedAt >= savedAt;
  return (
    <section aria-labelledby="absence-title">
      <div class="view-head">
        <h2 id="absence-title" tabIndex={-1} data-view-heading>{t('absence.title')}</h2>
      </div>
      <p class="muted small intro">{t('absence.intro')}</p>
      {since && (
        <p class="notice warning" role="status" data-testid="absence-since">
          <span>{record.setting.changedBy ? t('absence.since', { date: formatDateTime(since), who: record.setting.changedBy }) : t('absence.sinceNoWho', { date: formatDateTime(since) })}</span>
        </p>
      )}
      {!allowed && <p class="notice warning" role="status" data-testid="absence-not-allowed"><span>{t('absence.notAllowed')}</span></p>}
      <form onSubmit={save} noValidate>
        <fieldset class="plain" disabled={!allowed}>
          <label class="row switch">
            <input type="checkbox" role="switch" checked={values.enabled} onChange={(event) => update({ enabled: event.currentTarget.checked })} style={{ width: 'auto' }} />
            {t('absence.enabled')}
          </label>
          <Field id="absence-message" label={t('absence.message')} help={t('absence.messageHelp')} error={shown('message')} count={{ value: values.message.length, max: ABSENCE_LIMITS.message }}>
            {(describedBy) => (
              <textarea id="absence-message" rows={4} maxLength={ABSENCE_LIMITS.message} value={values.message} aria-describedby={describedBy} aria-invalid={Boolean(shown('message'))} onInput={(event) => update({ message: event.currentTarget.value })} />
            )}
          </Field>
          <label class="row">
            <input type="checkbox" checked={values.suggest} onChange={(event) => update({ suggest: event.currentTarget.checked })} style={{ width: 'auto' }} />
            {t('absence.suggest')}
          </label>
          {values.suggest && (
            <>
              <Field id="absence-contact-name" label={t('absence.contactName')} error={shown('contactName')} count={{ value: values.contactName.length, max: ABSENCE_LIMITS.contactName }}>
                {(describedBy) => <input id="absence-contact-name" value={values.contactName} maxLength={ABSENCE_LIMITS.contactName} aria-describedby={describedBy} aria-invalid={Boolean(shown('contactName'))} onInput={(event) => update({ contactName: event.currentTarget.value })} />}
              </Field>
              <Field id="absence-contact-phone" label={t('absence.contactPhone')} error={shown('contactPhone')}>
                {(describedBy) => <input id="absence-contact-phone" type="tel" value={values.contactPhone} aria-describedby={describedBy} aria-invalid={Boolean(shown('contactPhone'))} onInput={(event) => update({ contactPhone: event.currentTarget.value })} />}
              </Field>
            </>
          )}
          {error !== undefined && <ErrorNotice error={error} />}
          {record?.pending && savedAt === undefined && <p class="small muted" role="status">{t('absence.pending')}</p>}
          {savedAt !== undefined && (
            <div class="notice success" role="status" data-testid="absence-saved">
              <span>{delivered ? t('absence.delivered') : t('absence.saved')}</span>
            </div>
          )}
          <button type="submit" class="primary">{t('common.save')}</button>
        </fieldset>
      </form>
    </section>
  );
}
