import { defaultHost, installationDraftSchema, isValidTenant, LIMITS, type Installation, type InstallationDraft, type KeyInput } from '../../domain/installation';
import { validationMessage } from '../../i18n/error-message';

/** The options form's raw values, before validation. */
export interface NumberFormValues {
  name: string;
  phone: string;
  tenant: string;
  host: string;
  /** True once the user typed a host: the tenant then stops rewriting it. */
  hostEdited: boolean;
  keyMode: 'header' | 'pair';
  header: string;
  identifier: string;
  accessKey: string;
  routerHeader: string;
  /** Builder's flow identifier and human-service block (both or neither). */
  flowId: string;
  stateId: string;
}

export function emptyForm(installation?: Installation): NumberFormValues {
  return {
    name: installation?.name ?? '',
    phone: installation?.phone ?? '',
    tenant: '',
    host: installation?.host ?? defaultHost(''),
    hostEdited: Boolean(installation),
    keyMode: 'header',
    header: '',
    identifier: '',
    accessKey: '',
    routerHeader: '',
    flowId: installation?.routing?.flowId ?? '',
    stateId: installation?.routing?.stateId ?? '',
  };
}

/** The key the user typed, or undefined when the fields are empty (editing keeps the saved key). */
export function keyFrom(values: NumberFormValues): KeyInput | undefined {
  if (values.keyMode === 'header') return values.header.trim() ? { mode: 'header', header: values.header } : undefined;
  if (!values.identifier.trim() && !values.accessKey.trim()) return undefined;
  return { mode: 'pair', identifier: values.identifier, accessKey: values.accessKey };
}

export function draftFrom(values: NumberFormValues, id?: string): InstallationDraft {
  const routerHeader = values.routerHeader.trim();
  return {
    id,
    name: values.name,
    phone: values.phone,
    host: values.host,
    key: keyFrom(values),
    routerKey: routerHeader ? { mode: 'header', header: routerHeader } : undefined,
    routing: values.flowId.trim() || values.stateId.trim() ? { flowId: values.flowId, stateId: values.stateId } : undefined,
  };
}

/** The host the tenant makes, or the current one while the tenant is not valid (it is flagged instead). */
export function hostForTenant(tenant: string, current: string): string {
  return isValidTenant(tenant) ? defaultHost(tenant) : current;
}

/**
 * Field → translated message, for the fields that fail validation. A new number needs a key, and so
 * does a number whose host changed (`savedHost`): a stored key never goes to another host.
 */
export function validateForm(values: NumberFormValues, isNew: boolean, savedHost?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const result = installationDraftSchema.safeParse(draftFrom(values));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [head, ...rest] = issue.path.map(String);
      const field = head === 'key' || head === 'routing' ? (rest.at(-1) ?? 'header') : head === 'routerKey' ? 'routerHeader' : head!;
      errors[field] ??= validationMessage(issue.message, LIMITS.installationName) ?? issue.message;
    }
  }
  const keyField = values.keyMode === 'header' ? 'header' : 'identifier';
  if (isNew && !keyFrom(values)) errors[keyField] ??= validationMessage('required')!;
  if (!isNew && savedHost !== undefined && !keyFrom(values) && sameHost(values.host, savedHost) === false) errors[keyField] ??= validationMessage('host-changed')!;
  if (!isValidTenant(values.tenant)) errors.tenant = validationMessage('tenant-format')!;
  return errors;
}

/** Whether two typed hosts are the same origin (undefined while one is not a URL yet). */
function sameHost(a: string, b: string): boolean | undefined {
  try {
    return new URL(a.trim()).origin === new URL(b.trim()).origin;
  } catch {
    return undefined;
  }
}
