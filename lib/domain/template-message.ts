import { previewTemplate, type Template } from './templates';

/** What a sent active message says, as the customer read it. */
export interface TemplateMessageText {
  name: string;
  header?: string;
  body: string;
  footer?: string;
}

interface SentTemplate {
  name?: unknown;
  language?: { code?: unknown } | unknown;
  components?: unknown;
}

/** The template part of a thread message's content (`{ type: 'template', template }`), if it is one. */
export function sentTemplateOf(content: unknown): SentTemplate | undefined {
  const object = content as { type?: unknown; template?: SentTemplate } | null | undefined;
  return object && typeof object === 'object' && object.type === 'template' && typeof object.template?.name === 'string' ? object.template : undefined;
}

/** The text parameters of one component, in order (media parameters are left out). */
function textParameters(components: unknown, type: 'header' | 'body'): string[] {
  if (!Array.isArray(components)) return [];
  const component = components.find((candidate: { type?: unknown }) => typeof candidate?.type === 'string' && candidate.type.toLowerCase() === type) as { parameters?: unknown } | undefined;
  const parameters = Array.isArray(component?.parameters) ? component.parameters : [];
  return parameters.map((parameter: { type?: unknown; text?: unknown }) => (parameter?.type === 'text' && typeof parameter.text === 'string' ? parameter.text : '')).filter((text) => text !== '');
}

/**
 * The filled text of a sent active message: the template's header, body and footer with the
 * parameters the message carried ({{1}} is the first parameter, as Meta numbers them). Without the
 * template's definition (renamed, paused, another number's) the body lists the parameters.
 */
export function templateMessageText(content: unknown, templates: Template[]): TemplateMessageText | undefined {
  const sent = sentTemplateOf(content);
  if (!sent) return undefined;
  const name = sent.name as string;
  const code = (sent.language as { code?: unknown } | undefined)?.code;
  const header = textParameters(sent.components, 'header');
  const body = textParameters(sent.components, 'body');
  const template = templates.find((candidate) => candidate.name === name && (typeof code !== 'string' || candidate.language === code)) ?? templates.find((candidate) => candidate.name === name);
  if (!template) return { name, body: body.join(' · ') };
  const values: Record<string, string> = {};
  header.forEach((text, index) => (values[`header.${index + 1}`] = text));
  body.forEach((text, index) => (values[`body.${index + 1}`] = text));
  const preview = previewTemplate(template, values);
  return { name, header: preview.header, body: preview.body, footer: preview.footer };
}

/**
 * When the agent is waiting for the customer: the date of the latest active message sent after the
 * customer's last message (the 24 h window opens only when the customer answers), if any.
 */
export function awaitingReplySince(messages: Array<{ direction: string; date: string; content: unknown }>, lastInboundAt: number | undefined): string | undefined {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (lastInboundAt !== undefined && Date.parse(message.date) <= lastInboundAt) return undefined;
    if (message.direction === 'received') return undefined;
    if (sentTemplateOf(message.content)) return message.date;
  }
  return undefined;
}
