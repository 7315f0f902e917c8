import { ABSENCE_LIMITS, absenceSettingSchema, type AbsenceSetting } from '../../domain/absence';
import { validationMessage } from '../../i18n/error-message';

export interface AbsenceFormValues {
  enabled: boolean;
  message: string;
  suggest: boolean;
  contactName: string;
  contactPhone: string;
}

export function formFrom(setting?: AbsenceSetting): AbsenceFormValues {
  return {
    enabled: setting?.enabled ?? false,
    message: setting?.message ?? '',
    suggest: Boolean(setting?.suggestedContact),
    contactName: setting?.suggestedContact?.name ?? '',
    contactPhone: setting?.suggestedContact?.phone ?? '',
  };
}

export function settingFrom(values: AbsenceFormValues) {
  return {
    enabled: values.enabled,
    message: values.message,
    suggestedContact: values.suggest ? { name: values.contactName, phone: values.contactPhone } : null,
  };
}

/** Field → translated message for what fails the absence schema. */
export function validateAbsence(values: AbsenceFormValues): Record<string, string> {
  const result = absenceSettingSchema.safeParse(settingFrom(values));
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = issue.path[0] === 'suggestedContact' ? (issue.path[1] === 'name' ? 'contactName' : 'contactPhone') : String(issue.path[0]);
    const max = field === 'message' ? ABSENCE_LIMITS.message : ABSENCE_LIMITS.contactName;
    errors[field] ??= validationMessage(issue.message, max) ?? issue.message;
  }
  return errors;
}
