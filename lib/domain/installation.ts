import './zod-setup';
import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { isValidInternationalPhone, toE164 } from './phone';

/**
 * The agent's role on a number: `attendant` when their e-mail is among its Desk attendants;
 * `manager` when they said (or their administrator's policy says) they manage it; otherwise
 * `unknown` — not an attendant, and nothing says they manage it.
 */
export type Role = 'attendant' | 'manager' | 'unknown';

/** A number the agent serves (a Blip "installation"): what every UI context may read. Keys live apart. */
export interface Installation {
  id: string;
  name: string;
  /** WhatsApp number in E.164. */
  phone: string;
  /** Command host, e.g. https://acme.http.msging.net */
  host: string;
  /** Pushed by an administrator's policy: shown read-only. */
  managed: boolean;
  /** Unset until the number's attendants were read. */
  role?: Role;
  /** The agent (or the policy) said they manage this number; used when they are not an attendant. */
  managerDeclared?: boolean;
  botIdentity?: string;
  roleCheckedAt?: number;
  hasRouterKey: boolean;
  createdAt: number;
  /**
   * The Builder block that hands a customer to Desk (its flow id and block id): an active message
   * moves the customer there so their answer reaches an agent. Unset: the answer goes to the bot.
   */
  routing?: DeskRouting;
  /** What the number's tenant answers beyond Blip's docs, as last probed. */
  capabilities?: CapabilityReport;
  capabilitiesCheckedAt?: number;
}

/** A Builder flow id and the id of its human-service block. */
export interface DeskRouting {
  flowId: string;
  stateId: string;
}

/** What a probe of an optional Blip call found (see docs/blip-compatibility.md). */
export type ProbeResult = 'ok' | 'missing' | 'ignored' | 'unknown';

/** The optional or undocumented calls, probed per number. */
export interface CapabilityReport {
  historyMetadata: ProbeResult;
  contactsOrderBy: ProbeResult;
  attendanceHours: ProbeResult;
  businessAccount: ProbeResult;
  templates: ProbeResult;
  notifications: ProbeResult;
}

/** The keys of one number; read only by the background. */
export interface InstallationSecret {
  installationId: string;
  authorization: string;
  routerAuthorization?: string;
}

export const LIMITS = { installationName: 60 } as const;

/**
 * The role the attendants list and the manager declaration give: attendant wins; a declared manager
 * is a manager; anyone else's role is unknown (never assumed to be manager).
 */
export function roleOf(isAttendant: boolean, managerDeclared: boolean | undefined): Role {
  return isAttendant ? 'attendant' : managerDeclared ? 'manager' : 'unknown';
}

/** A tenant (organization / contract id) is one DNS label: letters, digits and inner hyphens. */
const TENANT = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** True for a tenant that can only ever make a host under msging.net (empty: the global host). */
export function isValidTenant(tenant: string): boolean {
  const clean = tenant.trim();
  return clean === '' || TENANT.test(clean);
}

export const tenantSchema = z.string().trim().refine(isValidTenant, 'tenant-format');

/**
 * Blip's default command host for a tenant (contract id); no tenant means the global host (blip-api.md
 * §1.1). A tenant that is not one DNS label is refused, so it can never point the key elsewhere.
 */
export function defaultHost(tenant: string): string {
  if (!isValidTenant(tenant)) throw new Error('Invalid tenant');
  const clean = tenant.trim().toLowerCase();
  return clean ? `https://${clean}.http.msging.net` : 'https://http.msging.net';
}

/**
 * The Authorization header from what the user pasted: the portal's ready "Key …" value,
 * the bare base64 token, or an identifier + access key pair (blip-api.md §1.2).
 */
export function authorizationFrom(input: KeyInput): string {
  if (input.mode === 'pair') return `Key ${btoa(`${input.identifier.trim()}:${input.accessKey.trim()}`)}`;
  const value = input.header.trim().replace(/^Authorization:\s*/i, '');
  return /^key\s+/i.test(value) ? `Key ${value.replace(/^key\s+/i, '')}` : `Key ${value}`;
}

/** The bot identifier inside a key, to tell the user which bot a key belongs to. */
export function identifierFromAuthorization(authorization: string): string | undefined {
  try {
    const decoded = atob(authorization.replace(/^Key\s+/i, ''));
    const separator = decoded.indexOf(':');
    return separator > 0 ? decoded.slice(0, separator) : undefined;
  } catch {
    return undefined;
  }
}

const base64Token = /^[A-Za-z0-9+/]+={0,2}$/;

export const keyInputSchema = lazySchema(() => z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('header'),
    header: z
      .string()
      .trim()
      .min(1, 'required')
      .refine((value) => base64Token.test(value.replace(/^(Authorization:\s*)?key\s+/i, '')), 'key-format'),
  }),
  z.object({
    mode: z.literal('pair'),
    identifier: z.string().trim().min(1, 'required').regex(/^[^\s:]+$/, 'identifier-format'),
    accessKey: z.string().trim().min(1, 'required'),
  }),
]));

export type KeyInput = z.infer<typeof keyInputSchema>;

/**
 * A command host: an origin only (scheme, host, port) — no credentials, path, query or fragment,
 * which could smuggle the key to another place — over HTTPS (plain HTTP for this machine only).
 * Stored as the origin (`https://acme.http.msging.net`).
 */
export const hostSchema = z
  .string()
  .trim()
  .refine(isCommandHost, 'host-format')
  .transform((value) => new URL(value).origin);

function isCommandHost(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && local);
  const originOnly = !url.username && !url.password && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !/[?#@]/.test(value.replace(/^https?:\/\//, ''));
  return secure && originOnly && url.hostname.length > 0;
}

/** The options form, validated as the user types and again in the background. */
export const installationDraftSchema = lazySchema(() => z.object({
  id: z.string().optional(),
  name: z.string().trim().min(1, 'required').max(LIMITS.installationName, 'too-long'),
  phone: z.string().trim().refine(isValidInternationalPhone, 'phone-format').transform(toE164),
  host: hostSchema,
  /** Absent when editing and the key is left unchanged. */
  key: keyInputSchema.optional(),
  routerKey: keyInputSchema.optional(),
  /** Both or neither: Builder's flow identifier and the human-service block's id. */
  routing: z
    .object({ flowId: z.string().trim().min(1, 'required').max(200, 'too-long'), stateId: z.string().trim().min(1, 'required').max(200, 'too-long') })
    .optional(),
}));

export type InstallationDraft = z.input<typeof installationDraftSchema>;
