import type { BotState, SandboxStore } from '../store';
import type { SandboxTemplate } from '../data/templates';
import { hasWhatsApp } from '../data/whatsapp-accounts';
import type { Outcome, Reason } from './delivery';

const WINDOW_MS = 24 * 3_600_000;

/**
 * WhatsApp's verdict on a message Blip accepted (HTTP 202), reported later as a `failed` notification
 * with WhatsApp's error text — never as an HTTP error. LIME code 81 ("gateway error") carries it.
 * - a template that does not exist in that language, or is not approved;
 * - a template whose parameters do not fit it (count per component, a media header without a link);
 * - anything but a template when the customer has not written in the last 24 hours;
 * - a number without WhatsApp;
 * - a bot with no WhatsApp channel (a router's service) writing to a WhatsApp identity directly;
 * - a recipient on another channel (the sandbox numbers have WhatsApp only): LIME 42, as in the docs.
 */
export function judgeMessage(store: SandboxStore, sender: BotState, recipient: string, content: unknown, now: number): Outcome {
  const channel = channelFor(store, sender, recipient);
  if ('failed' in channel) return { kind: 'failed', reason: channel.failed };
  // The docs' own example of a failed notification: a recipient no channel of this bot reaches.
  if (!channel.identity.endsWith('@wa.gw.msging.net')) return { kind: 'failed', reason: { code: 42, description: 'Destination not found' } };
  const digits = channel.identity.replace(/@.*$/, '');
  if (!hasWhatsApp(digits)) return failed(131026, 'Message undeliverable: the recipient is not a WhatsApp user');
  const template = templateOf(content);
  if (template) return judgeTemplate(channel.owner, template);
  const thread = channel.owner.threads.get(channel.identity) ?? [];
  const lastInbound = thread.filter((message) => message.direction === 'received').at(-1);
  if (!lastInbound || now - Date.parse(lastInbound.date) > WINDOW_MS) {
    return failed(131047, 'Re-engagement message: more than 24 hours have passed since the recipient last replied to the sender number');
  }
  return { kind: 'delivered' };
}

/** The bot that owns the WhatsApp channel for this recipient, and the customer's channel identity. */
function channelFor(store: SandboxStore, sender: BotState, recipient: string): { owner: BotState; identity: string } | { failed: Reason } {
  const tunnel = recipient.endsWith('@tunnel.msging.net') ? store.tunnels.get(recipient.replace(/@.*$/, '')) : undefined;
  if (tunnel && tunnel.destination === sender.identity) return { owner: store.byIdentity(tunnel.owner)!, identity: tunnel.originator };
  if (sender.number.role === 'service') return { failed: { code: 43, description: `No WhatsApp channel on ${sender.identity}: write to the customer's tunnel identity or through the router` } };
  return { owner: sender, identity: recipient };
}

interface TemplateMessage {
  name?: string;
  language?: { code?: string };
  components?: Array<{ type?: string; parameters?: Array<{ type?: string; [key: string]: unknown }> }>;
}

function templateOf(content: unknown): TemplateMessage | undefined {
  const value = content as { type?: string; template?: TemplateMessage } | undefined;
  return value?.type === 'template' ? (value.template ?? {}) : undefined;
}

function judgeTemplate(owner: BotState, sent: TemplateMessage): Outcome {
  const known = owner.templates.find((candidate) => candidate.name === sent.name && candidate.language === sent.language?.code);
  const status = known?.whatsAppStatus ?? known?.status;
  if (!known || status !== 'APPROVED') return failed(132001, `Template name does not exist in the translation: ${sent.name} (${sent.language?.code ?? '?'})${known ? `, it is ${status!.toLowerCase()}` : ''}`);
  for (const component of known.components) {
    const problem = componentProblem(component, sent.components ?? []);
    if (problem) return failed(problem.code, problem.description);
  }
  return { kind: 'delivered' };
}

function componentProblem(component: SandboxTemplate['components'][number], sent: NonNullable<TemplateMessage['components']>): Reason | undefined {
  const type = component.type.toLowerCase();
  if (type === 'buttons') {
    for (const [index, button] of (component.buttons ?? []).entries()) {
      if (button.type !== 'URL' || !/\{\{\d+\}\}/.test(button.url ?? '')) continue;
      const given = sent.find((candidate) => candidate.type === 'button' && Number((candidate as { index?: unknown }).index) === index);
      if (!given?.parameters?.length) return { code: 132000, description: `Number of parameters does not match the expected number of params (button ${index})` };
    }
    return undefined;
  }
  const given = sent.find((candidate) => candidate.type?.toLowerCase() === type)?.parameters ?? [];
  if (type === 'header' && component.format && component.format !== 'TEXT') {
    const media = component.format.toLowerCase();
    const parameter = given[0] as { type?: string; [key: string]: unknown } | undefined;
    const link = (parameter?.[media] as { link?: unknown } | undefined)?.link;
    if (parameter?.type !== media || typeof link !== 'string' || !/^https:\/\//.test(link)) return { code: 132012, description: `Parameter format does not match format in the created template: the header needs a ${media} link` };
    return undefined;
  }
  const expected = new Set((component.text ?? '').match(/\{\{\d+\}\}/g) ?? []).size;
  if (given.length !== expected) return { code: 132000, description: `Number of parameters does not match the expected number of params (${type}: ${given.length} of ${expected})` };
  return undefined;
}

const failed = (code: number, description: string): Outcome => ({ kind: 'failed', reason: { code: 81, description: `(#${code}) ${description}` } });
