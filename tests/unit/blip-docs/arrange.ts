import type { DocExample } from '../../helpers/blip-docs/examples';
import type { Sandbox } from '../../../sandbox/server';
import { FLOWS, deskBlock } from '../../../sandbox/builder/flows';
import { conversationCases } from '../../../sandbox/data/conversation-states';
import { deskDate } from '../../../sandbox/desk/desk-day';

type Json = Record<string, unknown>;

/** Posts an envelope to the sandbox with a bot's key: `/commands` answers JSON, `/messages` 202. */
export async function post(sandbox: Sandbox, botId: string, target: '/commands' | '/messages', body: unknown): Promise<{ status: number; body?: Json }> {
  const bot = sandbox.store.bots.get(botId)!;
  const response = await fetch(`${sandbox.url}${target}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: bot.authorization }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : undefined };
}

/** The values placeholders take, from the seeded sandbox (a customer in attendance, a waiting ticket…). */
export function placeholderValues(sandbox: Sandbox): { values: Record<string, string>; literals: Record<string, string>; botFor: (example: DocExample) => string } {
  const norte = sandbox.store.bots.get('norte')!;
  const cases = conversationCases.get(norte)!;
  const customer = cases.find((item) => item.state === 'window-open')!.identity;
  const fresh = cases.find((item) => item.state === 'no-history')!.identity;
  const waiting = norte.tickets.find((ticket) => ticket.status === 'Waiting')!;
  const tunnel = [...sandbox.store.tunnels.values()][0]!;
  const values: Record<string, string> = {
    useridentity: customer,
    identity: customer,
    contactidentity: customer,
    customeridentity: fresh,
    flowidentifier: FLOWS.norte!.flowId,
    stateid: deskBlock('norte')!,
    ticketid: waiting.id,
    tunnelid: tunnel.id,
    categoryid: 'asistencia-docs-example',
    categoryname: 'Ejemplo de la documentación',
    content: 'Texto de ejemplo',
    replyname: 'Ejemplo',
    replytype: 'text/plain',
    messageid: 'docs-example-message',
    scheduledmessageid: 'docs-example-schedule',
    variablename: 'docsVariable',
    resourcekey: 'docs-example',
    username: 'Ana Docs',
    usergender: 'female',
    usergroup: 'docs',
    userchannelname: 'WhatsApp',
    namespace: 'norte_namespace',
    messagetemplatename: 'retomar_conversacion',
  };
  return {
    values,
    // The report examples ask for 2019's days: the sandbox's tickets are of the last three months.
    literals: { 'ba11b95c-7564-4685-b835-8cc76fae6fac': waiting.id, 'beginDate=2019-04-15': `beginDate=${deskDate(Date.now() - 29 * 86_400_000)}`, 'endDate=2019-06-22': `endDate=${deskDate(Date.now())}` },
    botFor: (example) => (example.call === 'tunnels.get' ? 'centro-atencion' : 'norte'),
  };
}

/**
 * Puts the documented world in place before a read: what the docs show being read is first written
 * through its documented write (a contact is merged, a resource set, a reply category set, a context
 * variable set, a message sent), so the read can answer the documented data.
 */
export async function arrange(sandbox: Sandbox, botId: string, example: DocExample, request: Json, values: Record<string, string>): Promise<void> {
  const documented = example.response?.body?.resource as Json | undefined;
  const uri = String(request.uri ?? '').replace(/^lime:\/\/[^/]+/, '');
  const command = (method: string, path: string, type: string | undefined, resource: unknown, to = 'postmaster@msging.net') => post(sandbox, botId, '/commands', { id: crypto.randomUUID(), to, method, uri: path, type, resource });
  switch (example.call) {
    case 'contacts.get':
      if (documented) await command('merge', '/contacts', 'application/vnd.lime.contact+json', { ...documented, identity: decodeURIComponent(uri.split('/')[2]!) }, 'postmaster@crm.msging.net');
      return;
    case 'contacts.list':
      for (const item of (documented?.items as Json[] | undefined) ?? []) await command('merge', '/contacts', 'application/vnd.lime.contact+json', item, 'postmaster@crm.msging.net');
      return;
    case 'resources.get':
      await command('set', uri, String(example.response?.body?.type ?? 'text/plain'), documented ?? 'docs');
      return;
    case 'replies.get':
    case 'replies.delete':
      await command('set', uri, 'application/vnd.lime.collection+json', documented ?? { itemType: 'application/vnd.iris.desk.custom-reply+json', items: [{ id: 'r1', category: 'Docs', name: 'Ejemplo', document: 'Texto', type: 'text/plain', isDynamicContent: false }] }, 'postmaster@desk.msging.net');
      return;
    case 'contexts.list': {
      const identity = decodeURIComponent(uri.split('/')[2]!.split('?')[0]!);
      const items = (documented?.items as Array<string | Json> | undefined) ?? ['name'];
      for (const item of items) {
        const name = typeof item === 'string' ? item : String(item.name);
        await command('set', `/contexts/${encodeURIComponent(identity)}/${name}`, 'text/plain', typeof item === 'string' ? 'valor' : String(item.value));
      }
      return;
    }
    case 'contexts.variable.get':
      await command('set', uri.split('?')[0]!, String(example.response?.body?.type ?? 'text/plain'), typeof documented === 'string' ? documented : 'valor');
      return;
    case 'scheduler.get':
    case 'scheduler.cancel':
    case 'scheduler.list': {
      const id = example.call === 'scheduler.list' ? 'docs-listed-schedule' : decodeURIComponent(uri.split('/')[2]!);
      const message = { id, to: values.useridentity, type: 'text/plain', content: 'Recordatorio de la documentación' };
      await command('set', '/schedules', 'application/vnd.iris.schedule+json', { message, when: new Date(Date.now() + 3_600_000).toISOString(), name: 'Docs' }, 'postmaster@scheduler.msging.net');
      return;
    }
    case 'notifications.of-message':
      await post(sandbox, botId, '/messages', { id: values.messageid, to: values.useridentity, type: 'text/plain', content: 'Hola, le escribimos por su pedido.' });
      return;
  }
}
