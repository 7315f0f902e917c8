import { AppError } from '../errors/app-error';
import { parseRetryAfter } from './backoff';

/**
 * Turns an HTTP reply of Blip into its JSON body or a coded error. The body is read here, inside the
 * caller's timeout: a reply whose body stalls is a timeout like one whose headers never come.
 */
export async function readReply(response: Response, path: string): Promise<unknown> {
  const status = response.status;
  if (status === 401 || status === 403) throw new AppError('auth', 'The key was refused', { status });
  if (status === 429) {
    throw new AppError('rate-limited', 'Too many requests', { status, retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')) });
  }
  if (status >= 500) throw new AppError('server', `Server error ${status}`, { status });
  if (status === 202 || status === 204) return undefined;
  if (status === 400) {
    // Blip explains a refused envelope (e.g. a template it will not send) with a LIME reason.
    const reason = await response.json().then((body: { reason?: { code?: number; description?: string } }) => body?.reason, () => undefined);
    if (reason?.code !== undefined) throw new AppError('lime-failure', reason.description ?? 'Refused', { status, reason: reason.code, reasonText: reason.description });
  }
  if (status !== 200) throw new AppError('malformed-reply', `Unexpected HTTP ${status} from ${path}`, { status });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('malformed-reply', 'The reply is not JSON', { status });
  }
}
