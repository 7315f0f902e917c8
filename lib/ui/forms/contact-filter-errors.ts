import { contactFilterSchema, CONTACT_FILTER_LIMITS, type ContactFilterInput } from '../../domain/contact-filter';
import { validationMessage } from '../../i18n/error-message';
import { t } from '../../i18n/i18n';

export type FilterField = keyof ContactFilterInput;

const MAX: Partial<Record<FilterField, number>> = { taxDocument: CONTACT_FILTER_LIMITS.document, identity: CONTACT_FILTER_LIMITS.identity };

/** The filters' validation messages by field, in the user's language (empty when valid). */
export function filterErrors(draft: ContactFilterInput): Partial<Record<FilterField, string>> {
  const result = contactFilterSchema.safeParse(draft);
  if (result.success) return {};
  const errors: Partial<Record<FilterField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as FilterField;
    errors[field] ??= message(issue.message, MAX[field] ?? CONTACT_FILTER_LIMITS.text);
  }
  return errors;
}

function message(code: string, max: number): string | undefined {
  switch (code) {
    case 'document-format':
      return t('validation.document');
    case 'identity-format':
      return t('validation.identity');
    case 'date-format':
      return t('validation.date');
    case 'period-order':
      return t('validation.periodOrder');
    default:
      return validationMessage(code, max);
  }
}
