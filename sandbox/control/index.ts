import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxStore } from '../store';
import type { FaultSwitches } from '../faults';
import { send } from '../server';
import { numbersControl } from './numbers';
import { faultsControl } from './faults';
import { botReadControl } from './bot-state';
import { customerControl } from './customer';
import { capabilitiesControl } from './capabilities';
import { templatesControl } from './templates';
import { landingsControl } from '../landings';
import { clockControl } from './clock';

/** One family of control endpoints: answers and returns true when the request is its own. */
export type ControlHandler = (request: IncomingMessage, response: ServerResponse, path: string, store: SandboxStore, faults: FaultSwitches) => Promise<boolean> | boolean;

/**
 * The tests' switchboard under `/_sandbox/` (never part of Blip's contract):
 * - GET    /numbers                                 the demo numbers and the router setup, with their keys
 * - POST   /faults                                  { kind, bot?, times?, retryAfterSeconds?, delayMs? } (kinds: ../faults.ts)
 * - DELETE /faults[?bot=id]
 * - GET    /bots/{id}/capabilities                  what the tenant answers beyond the docs (see capabilities.ts)
 * - POST   /bots/{id}/capabilities                  { historyMetadata?, orderBy?, … } → the switches now
 * - POST   /bots/{id}/templates/{name}              { status?, whatsAppStatus? } → Meta changed the template (see templates.ts)
 * - POST   /bots/{id}/customer-message              { from: phone or identity, text, minutesAgo? } → what the bot did with it
 *                                                   (the customer writes to a plain bot or a router; see builder/customer-writes.ts)
 * - GET    /bots/{id}/writes                        writes accepted (each envelope id once)
 * - GET    /bots/{id}/reads                         uris of the latest reads (get commands), oldest first
 * - GET    /bots/{id}/landings                      every write that reached processing, repeats included (../landings.ts)
 * - GET    /bots/{id}/resources/{key}               a bot resource as stored
 * - GET    /bots/{id}/messages                      messages sent through POST /messages, with their delivery status now
 * - GET    /bots/{id}/tickets                       every ticket
 * - GET    /bots/{id}/tickets/{t}/messages          the messages that belong to one ticket (ground truth for transcripts)
 * - GET    /bots/{id}/contexts/{identity}           a user's context variables { name: value }
 * - GET    /bots/{id}/threads/{identity}            a customer's thread as stored, oldest first
 * - GET    /bots/{id}/after-hours-cases             seeded after-hours contacts and whether they must be listed
 * - GET    /bots/{id}/contacts/{identity}           one contact as stored
 * - GET    /bots/{id}/conversation-cases            one contact per composer state
 * - GET    /bots/{id}/monitoring                    today's monitoring figures, as the endpoints serve them
 * - GET    /bots/{id}/replies                       ready-reply categories as stored: [{ id, category, items, updatedAt }]
 * - GET    /router-cases                            the router number's named customers
 * - GET    /clock, POST /clock { advanceMs } | { to } the sandbox's clock; moving it sends the schedules due (see clock.ts)
 * - GET    /bots/{id}/schedules                     the bot's scheduled messages as stored (scheduler extension)
 */
const HANDLERS: ControlHandler[] = [numbersControl, faultsControl, landingsControl, capabilitiesControl, templatesControl, customerControl, clockControl, botReadControl];

export async function handleControl(request: IncomingMessage, response: ServerResponse, url: URL, store: SandboxStore, faults: FaultSwitches) {
  const path = url.pathname.replace(/^\/_sandbox/, '') + url.search;
  for (const handler of HANDLERS) if (await handler(request, response, path, store, faults)) return;
  send(response, 404, { error: 'unknown sandbox control' });
}
