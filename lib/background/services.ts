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
  /** Asks the outbox to deliver now (after a write was queued). */
  kickOutbox: () => void;
}

export function createServices(db: Database, kickOutbox: () => void): Services {
  const clients = new BlipClients(db);
  const repliesSync = new RepliesSync(db, clients);
  return {
    db,
    clients,
    installations: new InstallationsService(db),
    absence: new AbsenceService(db, clients),
    contactSync: new ContactSyncService(db, clients),
    contacts: new ContactsService(db, clients),
    afterHours: new AfterHoursService(db, clients),
    templates: new TemplatesService(db, clients),
    conversation: new ConversationService(db, clients),
    replies: new RepliesService(db),
    repliesSync,
    deskReplies: new DeskRepliesService(db, clients, () => repliesSync.pullAll()),
    kickOutbox,
  };
}
