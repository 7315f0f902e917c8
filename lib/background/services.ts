import type { Database } from '../db/database';
import { BlipClients } from './installations/clients';
import { InstallationsService } from './installations/installations-service';
import { AbsenceService } from './absence/absence-service';
import { ContactSyncService } from './contacts/contact-sync-service';
import { ContactsService } from './contacts/contacts-service';
import { AfterHoursService } from './after-hours/after-hours-service';
import { TemplatesService } from './templates/templates-service';
import { ConversationService } from './conversation/conversation-service';
import { RepliesService } from './replies/replies-service';
import { RepliesSync } from './replies/replies-sync';
import { DeskRepliesService } from './desk/desk-replies-service';
import { DeskWarmUp } from './desk/desk-warm-up';
import type { AttemptOutcome } from './outbox/outbox-runner';
import type { BlipTimings } from '../domain/timings';
import { AlertsService } from './alerts/alerts-service';
import { TrendsService } from './trends/trends-service';
import { RemindersService } from './callbacks/reminders-service';
import { ScheduledService } from './callbacks/scheduled-service';

/** Everything the background's RPC handlers and jobs use, built once per worker. */
export interface Services {
  db: Database;
  clients: BlipClients;
  installations: InstallationsService;
  absence: AbsenceService;
  contactSync: ContactSyncService;
  contacts: ContactsService;
  afterHours: AfterHoursService;
  templates: TemplatesService;
  conversation: ConversationService;
  replies: RepliesService;
  repliesSync: RepliesSync;
  deskReplies: DeskRepliesService;
  deskWarmUp: DeskWarmUp;
  alerts: AlertsService;
  trends: TrendsService;
  reminders: RemindersService;
  scheduled: ScheduledService;
  /** Asks the outbox to deliver now (after a write was queued). */
  kickOutbox: () => void;
}

/** What the services may ask of the outbox runner (started after them). */
export interface OutboxControl {
  /** Deliver what is due now. */
  kick(): void;
  /** The next attempt of one queued write, awaited (see OutboxRunner.attempt). */
  attempt(id: string): Promise<AttemptOutcome>;
}

export function createServices(db: Database, outbox: OutboxControl, timings?: Promise<BlipTimings>): Services {
  const clients = new BlipClients(db, timings);
  const repliesSync = new RepliesSync(db, clients);
  const deskReplies = new DeskRepliesService(db, clients, () => repliesSync.pullAll());
  const afterHours = new AfterHoursService(db, clients);
  return {
    db,
    clients,
    installations: new InstallationsService(db),
    absence: new AbsenceService(db, clients),
    contactSync: new ContactSyncService(db, clients),
    contacts: new ContactsService(db, clients),
    afterHours,
    templates: new TemplatesService(db, clients, (id) => outbox.attempt(id)),
    conversation: new ConversationService(db, clients),
    replies: new RepliesService(db),
    repliesSync,
    deskReplies,
    deskWarmUp: new DeskWarmUp(deskReplies),
    alerts: new AlertsService(db, clients, afterHours),
    trends: new TrendsService(db, clients),
    reminders: new RemindersService(db, clients),
    scheduled: new ScheduledService(db, clients, () => outbox.kick()),
    kickOutbox: () => outbox.kick(),
  };
}
