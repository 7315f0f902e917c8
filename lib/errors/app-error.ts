/**
 * Stable error codes. Every context turns a code into a translated message in one place
 * (`lib/i18n/error-message.ts`), so the code — never the text — is what crosses process boundaries.
 */
export const ERROR_CODES = [
  'auth',
  'not-found',
  'rate-limited',
  'timeout',
  'network',
  'server',
  'malformed-reply',
  'lime-failure',
  'invalid-input',
  'not-configured',
  'read-only',
  'not-allowed',
  'conflict',
  'no-desk',
  'queued',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetails {
  /** Blip's LIME reason code, when the server gave one. */
  reason?: number;
  /** Blip's own description of a LIME failure (server text: display as text only). */
  reasonText?: string;
  /** HTTP status of the reply, when there was one. */
  status?: number;
  /** How long the server asked us to wait (429 Retry-After). */
  retryAfterMs?: number;
  /** For a timeout: the reply had begun (headers came) but its body stopped arriving. */
  stalled?: boolean;
  /** For a timeout: how long we waited, in ms. */
  waitedMs?: number;
  /** A write failed in a way that leaves open whether Blip applied it (read it back before sending again). */
  outcomeUnknown?: boolean;
  /** Epoch ms until which Blip may still apply that write (we stopped waiting; it may not have). */
  settlesAt?: number;
  /** Field paths that failed validation. */
  fields?: string[];
}

/** An error with a stable code the UI can explain. Survives structured cloning via `toJSON`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): SerializedError {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export interface SerializedError {
  code: ErrorCode;
  message: string;
  details: ErrorDetails;
}

/** Codes worth another attempt later without any change by the user. */
export function isTransient(code: ErrorCode): boolean {
  return code === 'network' || code === 'timeout' || code === 'server' || code === 'rate-limited';
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isSerializedError(error)) return new AppError(error.code, error.message, error.details);
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('internal', message);
}

/** True for an error that crossed a context boundary as `toJSON` made it (its code is a known one). */
export function isSerializedError(value: unknown): value is SerializedError {
  return (ERROR_CODES as readonly unknown[]).includes((value as Partial<SerializedError> | null | undefined)?.code);
}
