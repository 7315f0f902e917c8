import { AppError, toAppError } from '../errors/app-error';
import type { OutboxError } from '../domain/outbox-item';
import { t } from './i18n';

/** The one place that turns an error code into words for the user. */
export function errorMessage(error: unknown): string {
  const appError: AppError = toAppError(error);
  const { details } = appError;
  if (appError.code === 'timeout' && details.stalled) return t('error.timeoutStalled', { waited: Math.round((details.waitedMs ?? 15_000) / 1000) });
  if (appError.code === 'invalid-input' && details.fields?.includes('outbox.payload')) return t('outbox.damaged');
  return t(`error.${appError.code}`, {
    seconds: Math.max(1, Math.ceil((details.retryAfterMs ?? 1000) / 1000)),
    status: details.status ?? '—',
    reason: details.reason ?? '—',
    reasonText: details.reasonText ?? '',
  });
}

/** Why a queued write's last attempt failed, in words (with the details it kept). */
export function outboxErrorMessage({ code, ...details }: OutboxError): string {
  return errorMessage(new AppError(code, code, details));
}

/** Translates a zod issue message code (`required`, `too-long`, …) used by the domain schemas. */
export function validationMessage(code: string | undefined, max?: number): string | undefined {
  if (!code) return undefined;
  switch (code) {
    case 'required':
      return t('common.required');
    case 'too-long':
      return t('common.tooLong', { max });
    case 'phone-format':
      return t('validation.phone');
    case 'email-format':
      return t('validation.email');
    case 'host-format':
      return t('validation.host');
    case 'key-format':
      return t('validation.key');
    case 'identifier-format':
      return t('validation.identifier');
    case 'tenant-format':
      return t('validation.tenant');
    case 'host-changed':
      return t('options.hostKeyRequired');
    default:
      return t('error.invalid-input');
  }
}
