import { z } from 'zod';
import { collectionSchema } from '../../../lib/blip/lime';
import { blipContactSchema } from '../../../lib/blip/contacts';
import { threadMessageSchema, ticketSchema } from '../../../lib/blip/tickets';
import { notificationSchema } from '../../../lib/blip/notifications';
import { contextListSchema } from '../../../lib/blip/contexts';
import { tunnelSchema } from '../../../lib/blip/tunnels';
import { attendantSchema } from '../../../lib/blip/attendants';
import { agentSummarySchema, metricsSummarySchema, openTicketSchema, tagSummarySchema, ticketsSummarySchema, waitingTicketSchema } from '../../../lib/blip/monitoring';
import { categorySummarySchema, customReplySchema } from '../../../lib/blip/replies';
import { whatsAppAccountSchema } from '../../../lib/blip/whatsapp';
import { agentPeriodSchema, dayTicketsSchema, ticketsByHourSchema, timingsSchema } from '../../../lib/blip/reports';
import { scheduleSchema } from '../../../lib/blip/scheduler';

/**
 * The schema our client parses each call's reply with. Calls missing here return no resource (writes,
 * messages) or are read only for our own data (`resources.get` reads the extension's JSON resources).
 */
export const REPLY_SCHEMAS: Record<string, z.ZodType> = {
  ping: z.object({}).passthrough(),
  'contacts.list': collectionSchema(blipContactSchema),
  'contacts.get': blipContactSchema,
  'threads.messages': collectionSchema(threadMessageSchema),
  'notifications.of-message': collectionSchema(notificationSchema),
  'contexts.list': contextListSchema,
  'tunnels.get': tunnelSchema,
  'attendants.list': collectionSchema(attendantSchema),
  'tickets.list': collectionSchema(ticketSchema),
  'tickets.get': ticketSchema,
  'tickets.open-for-customer': ticketSchema,
  'tickets.messages': collectionSchema(threadMessageSchema),
  'monitoring.tickets': ticketsSummarySchema,
  'monitoring.ticket-metrics': metricsSummarySchema,
  'monitoring.waiting-tickets': collectionSchema(waitingTicketSchema),
  'monitoring.open-tickets': collectionSchema(openTicketSchema),
  'monitoring.attendants': collectionSchema(agentSummarySchema),
  'tags.active': collectionSchema(tagSummarySchema),
  'replies.list': collectionSchema(categorySummarySchema),
  'replies.get': collectionSchema(customReplySchema),
  'whatsapp.account': whatsAppAccountSchema,
  'monitoring.tickets-per-hour': collectionSchema(ticketsByHourSchema),
  'reports.tickets': collectionSchema(dayTicketsSchema),
  'reports.timings': timingsSchema,
  'reports.attendants': collectionSchema(agentPeriodSchema),
  'scheduler.get': scheduleSchema,
  'scheduler.list': collectionSchema(scheduleSchema),
  'contexts.variable.get': z.unknown(),
};
