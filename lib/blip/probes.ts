import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema } from './lime';
import { withQuery } from './paging';
import { AppError } from '../errors/app-error';
import { listTemplates } from './whatsapp';
import type { CapabilityReport, ProbeResult } from '../domain/installation';

export type { CapabilityReport, ProbeResult };

async function probe(call: () => Promise<unknown>): Promise<ProbeResult> {
  try {
    await call();
    return 'ok';
  } catch (error) {
    // Blip answered, and the answer is no (or a shape we cannot read); a transport failure tells nothing.
    const answered = error instanceof AppError && ['not-found', 'lime-failure', 'malformed-reply'].includes(error.code);
    return answered ? 'missing' : 'unknown';
  }
}

const dated = lazySchema(() => collectionSchema(z.object({ lastMessageDate: z.string().nullish() }).passthrough()));

/** Whether `$orderby=lastMessageDate desc` is honoured: refused → missing, answered out of order → ignored. */
async function probeOrderBy(crm: BlipTransport): Promise<ProbeResult> {
  let dates: number[] = [];
  const result = await probe(async () => {
    const page = await crm.command({ to: ADDRESS.crm, method: 'get', uri: withQuery('/contacts', { $skip: 0, $take: 50, $orderby: 'lastMessageDate desc' }) }, dated);
    dates = page.items.map((item) => Date.parse(item.lastMessageDate ?? '')).filter((value) => !Number.isNaN(value));
  });
  if (result !== 'ok') return result;
  return dates.every((date, index) => index === 0 || date <= dates[index - 1]!) ? 'ok' : 'ignored';
}

/**
 * Probes a number: `desk` is the key with the Desk (a router's attendance service), `channel` the key
 * of the bot that owns the WhatsApp number (the router, or the same bot).
 */
export async function probeCapabilities(desk: BlipTransport, channel: BlipTransport): Promise<CapabilityReport> {
  const any = z.unknown();
  const [historyMetadata, contactsOrderBy, attendanceHours, businessAccount, templates, notifications] = await Promise.all([
    probe(() => desk.command({ to: ADDRESS.desk, method: 'get', uri: withQuery('/tickets/history/metadata', { $skip: 0, $take: 1 }) }, collectionSchema(any))),
    probeOrderBy(channel),
    probe(() => desk.command({ to: ADDRESS.desk, method: 'get', uri: withQuery('/attendance-hour', { $skip: 0, $take: 1 }) }, collectionSchema(any))),
    probe(() => channel.command({ to: ADDRESS.whatsapp, method: 'get', uri: '/whatsapp-business-account' }, z.object({}).passthrough())),
    probe(() => listTemplates(channel)),
    probe(() => channel.command({ to: ADDRESS.postmaster, method: 'get', uri: withQuery('/notifications', { $take: 1 }) }, collectionSchema(any))),
  ]);
  return { historyMetadata, contactsOrderBy, attendanceHours, businessAccount, templates, notifications };
}
