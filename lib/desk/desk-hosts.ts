import { DESK_PATTERNS } from '../domain/desk-url';

/** Where the desk content scripts run in the release build (the sandbox build adds its local hosts). */
export const DESK_MATCHES = [...DESK_PATTERNS];
