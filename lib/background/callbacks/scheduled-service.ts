import type { Database } from '../../db/database';
import { deleteScheduledMessage, getScheduledMessage, openScheduledMessages, putScheduledMessage } from '../../db/callbacks';
import { getInstallation } from '../../db/installations';
import { markAfterHoursSent } from '../../db/after-hours';
import { AppError, isTransient, toAppError } from '../../errors/app-error';
import { calledBack, type ScheduledMessage } from '../../domain/callbacks';
import { cancelSchedule, getSchedule, listSchedules, scheduleMessage } from '../../blip/scheduler';
import { lookupWhatsApp } from '../../blip/whatsapp';
import { routeReplyToDesk, type ActiveMessageKeys } from '../../blip/active-message';
import { currentRouting, moveToDeskBlock, restoreRouting } from '../../blip/scheduled-routing';
import { threadPageBefore } from '../../blip/threads';
import type { BlipClients } from '../installations/clients';
import type { RemoteSchedule } from '../../rpc/contracts/callbacks';
import { activeMessageContent } from '../templates/template-message';

const MINUTE = 60_000;
/** Before it leaves, a message whose customer someone already got back to is cancelled (checked this long before). */
const PRE_CHECK_MS = 10 * MINUTE;
const RETRY_MS = MINUTE;

export type ScheduleInput = Pick<ScheduledMessage, 'installationId' | 'identity' | 'name' | 'phone' | 'contactedAt' | 'templateName' | 'language' | 'when'> & { values: Record<string, string>; requestId: string };

/** How long Blip's list of a number's schedules is reused. */
const REMOTE_KEPT_MS = 2 * 60_000;

/**
 * "Enviar al abrir": the active message is left with Blip's scheduler, which sends it at the number's
 * opening with the key of the bot that owns the number. The parts of an immediate active message are
 * split in time (docs/alerts-and-trends.md, "Scheduled active messages"): now the template is checked,
 * scheduled and the customer moved to the human-service block; when it has left, the routing is set
 * again (with the ticket, as for an immediate send) and the row marked sent; a cancel puts the
 * customer back where they stood.
 */
export class ScheduledService {
  /** Blip's list of a number's schedules, kept a moment: each opening of Fuera de horario asks for it. */
  private readonly remoteKept = new Map<string, { at: number; list: Promise<RemoteSchedule[]> }>();

  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
    private readonly kickOutbox: () => void,
  ) {}

  /**
   * Leaves the message with Blip (once per request id). A template or a schedule Blip refuses is an
   * error and nothing is kept; when Blip cannot be reached (or its answer is lost) the message is kept
   * unconfirmed and the background tries again until the opening, reading Blip back first.
   */
  async schedule(input: ScheduleInput, now = Date.now()): Promise<ScheduledMessage> {
    const existing = await getScheduledMessage(this.db, input.requestId);
    if (existing && (existing.status !== 'scheduled' || existing.placedAt)) return existing;
    const keys = await this.keys(input.installationId);
    const routing = (await getInstallation(this.db, input.installationId))?.routing;
    const { template, content } = await activeMessageContent(keys.channel, input);
    const identity = existing?.identity ?? input.identity ?? (await lookupWhatsApp(keys.channel, input.phone!));
    const record: ScheduledMessage = existing ?? {
      id: input.requestId,
      installationId: input.installationId,
      identity,
      name: input.name,
      phone: input.phone,
      templateName: template.name,
      language: template.language,
      values: input.values,
      contactedAt: input.contactedAt,
      when: input.when,
      createdAt: now,
      status: 'scheduled',
      // Read before anything moves, and kept: a retry must not take our own move for where they were.
      previous: routing ? await currentRouting(keys, routing, identity) : undefined,
    };
    await putScheduledMessage(this.db, record);
    return this.place(record, keys, now, { content, firstAttempt: !existing });
  }

  /**
   * Leaves the message with Blip's scheduler and moves the customer to the human-service block; the
   * message is placed once both are done. An attempt after an earlier one reads Blip back first (the
   * earlier one may have landed). On a first attempt a refusal forgets the message and throws; any
   * other failure is kept on the message for the next attempt.
   */
  private async place(record: ScheduledMessage, keys: ActiveMessageKeys, now: number, { content, firstAttempt }: { content?: unknown; firstAttempt: boolean }): Promise<ScheduledMessage> {
    let stage: 'schedule' | 'route' = 'schedule';
    try {
      const remote = firstAttempt ? undefined : await getSchedule(keys.channel, record.id);
      if (remote?.status === 'canceled') return await this.save({ ...record, status: 'canceled', canceledBecause: 'elsewhere', checkedAt: now, error: undefined });
      if (!remote) {
        const message = { id: record.id, to: record.identity, type: 'application/json', content: content ?? (await activeMessageContent(keys.channel, { ...record, values: record.values ?? {} })).content };
        await scheduleMessage(keys.channel, { message, when: new Date(record.when), name: `Asistencia: ${record.templateName} → ${record.phone ?? record.identity}` }, `${record.id}:schedule`);
      }
      stage = 'route';
      const routing = (await getInstallation(this.db, record.installationId))?.routing;
      if (routing) await moveToDeskBlock(keys, routing, record.identity, record.id);
      return await this.save({ ...record, placedAt: now, checkedAt: now, error: undefined });
    } catch (error) {
      const failure = toAppError(error);
      if (firstAttempt && stage === 'schedule' && !isTransient(failure.code)) {
        await deleteScheduledMessage(this.db, record.id);
        throw failure;
      }
      return this.save({ ...record, checkedAt: now, error: failure.toJSON() });
    }
  }

  /** Cancels a message still waiting; one that already left is `sent` (its routing follows). */
  async cancel(id: string, because: ScheduledMessage['canceledBecause'] = 'user', now = Date.now()): Promise<ScheduledMessage> {
    const record = await getScheduledMessage(this.db, id);
    if (!record) throw new AppError('not-found', 'No such scheduled message');
    if (record.status !== 'scheduled') return record;
    const keys = await this.keys(record.installationId);
    // One never confirmed may not be on Blip at all.
    await cancelSchedule(keys.channel, id, `${id}:cancel`).catch((error: unknown) => (!record.placedAt && toAppError(error).code === 'not-found' ? undefined : Promise.reject(error)));
    const remote = await getSchedule(keys.channel, id);
    if (remote?.status === 'executed') return this.save({ ...record, status: 'sent', checkedAt: now });
    const routing = (await getInstallation(this.db, record.installationId))?.routing;
    if (routing && record.previous) await restoreRouting(keys, routing, record.identity, record.previous, id);
    return this.save({ ...record, status: 'canceled', canceledBecause: because, checkedAt: now });
  }

  /** The number's messages still scheduled on Blip (made here or elsewhere). */
  async remote(installationId: string, now = Date.now()): Promise<RemoteSchedule[]> {
    // Others' schedules change seldom, and ours are told apart by id from the local records: a list
    // read in the last two minutes stands (a failed read does not).
    const kept = this.remoteKept.get(installationId);
    if (kept && now - kept.at < REMOTE_KEPT_MS) return kept.list;
    const list = this.readRemote(installationId);
    this.remoteKept.set(installationId, { at: now, list });
    list.catch(() => this.remoteKept.get(installationId)?.list === list && this.remoteKept.delete(installationId));
    return list;
  }

  private async readRemote(installationId: string): Promise<RemoteSchedule[]> {
    const schedules = await listSchedules((await this.keys(installationId)).channel);
    return schedules
      .filter((schedule) => schedule.status === 'scheduled' && schedule.message.to)
      .map((schedule) => ({ id: schedule.message.id, to: schedule.message.to!, when: Date.parse(schedule.when), status: schedule.status, ...(schedule.name ? { name: schedule.name } : {}) }));
  }

  /**
   * Follows the messages whose time is near or past: shortly before it leaves, one whose customer was
   * already answered is cancelled; once Blip reports it executed, the answer's routing is set again and
   * the row marked sent. Returns when to look again.
   */
  async followDue(now = Date.now()): Promise<number | undefined> {
    const open = await openScheduledMessages(this.db);
    for (const record of open.filter((candidate) => nextLook(candidate) <= now)) {
      await this.follow(record, now).catch((error: unknown) => this.save({ ...record, error: toAppError(error).toJSON(), checkedAt: now }));
    }
    const after = await openScheduledMessages(this.db);
    return after.length ? Math.max(now + 1000, Math.min(...after.map(nextLook))) : undefined;
  }

  private async follow(record: ScheduledMessage, now: number): Promise<void> {
    // A number removed from the extension takes its follow-up with it (Blip still sends the message).
    if (!(await getInstallation(this.db, record.installationId))) return void (await this.save({ ...record, status: 'canceled', canceledBecause: 'elsewhere', checkedAt: now }));
    const keys = await this.keys(record.installationId);
    if (record.status === 'scheduled' && !record.placedAt && now < record.when) return void (await this.place(record, keys, now, { firstAttempt: false }));
    if (record.status === 'scheduled' && now < record.when) {
      const thread = await threadPageBefore(keys.channel, record.identity, undefined, 50);
      if (calledBack(thread, record.contactedAt)) await this.cancel(record.id, 'answered', now);
      else await this.save({ ...record, checkedAt: now, error: undefined });
      return;
    }
    const remote = record.status === 'sent' ? undefined : await getSchedule(keys.channel, record.id);
    if (record.status === 'scheduled' && remote?.status !== 'executed') {
      // Never confirmed and not on Blip at the opening: Blip could not be reached in time.
      const gone: ScheduledMessage['canceledBecause'] = record.placedAt || remote ? 'elsewhere' : 'not-placed';
      await this.save(remote?.status === 'scheduled' ? { ...record, checkedAt: now } : { ...record, status: 'canceled', canceledBecause: gone, checkedAt: now });
      return;
    }
    const routing = (await getInstallation(this.db, record.installationId))?.routing;
    await routeReplyToDesk(keys, routing, record.identity, `Mensaje activo programado: ${record.templateName}`, `${record.id}:sent`);
    await markAfterHoursSent(this.db, record.installationId, record.identity, record.when);
    this.kickOutbox();
    await this.save({ ...record, status: 'sent', routedAt: now, checkedAt: now, error: undefined });
  }

  private async save(record: ScheduledMessage): Promise<ScheduledMessage> {
    await putScheduledMessage(this.db, record);
    return record;
  }

  private async keys(installationId: string): Promise<ActiveMessageKeys> {
    return {
      channel: await this.clients.forInstallation(installationId, { router: true }),
      desk: await this.clients.forInstallation(installationId),
      deskService: await this.clients.deskServiceIdentity(installationId),
      tunnels: this.clients.tunnels(installationId),
    };
  }
}

/**
 * When the job looks at a message next: one not confirmed by Blip a minute after the last attempt
 * (until the opening); shortly before it leaves; when it is due, then every minute until it is routed.
 */
function nextLook(record: ScheduledMessage): number {
  if (record.status === 'scheduled' && !record.placedAt) return Math.min(record.when, (record.checkedAt ?? record.createdAt) + RETRY_MS);
  const checked = record.checkedAt ?? 0;
  if (record.status === 'scheduled' && checked < record.when - PRE_CHECK_MS) return record.when - PRE_CHECK_MS;
  return Math.max(record.when, checked + RETRY_MS);
}
