import './zod-setup';
import { z } from 'zod';
import { lazySchema } from './lazy-schema';

const buttonSchema = lazySchema(() => z.object({ type: z.string(), text: z.string().nullish(), url: z.string().nullish(), phone_number: z.string().nullish() }).passthrough());

/** A WhatsApp message template as Blip lists it (blip-api.md §10.1, Meta's shape). */
export const templateSchema = lazySchema(() => z.object({
  id: z.string().optional(),
  name: z.string(),
  language: z.string(),
  category: z.string().nullish(),
  status: z.string(),
  components: z
    .array(z.object({ type: z.string(), format: z.string().nullish(), text: z.string().nullish(), buttons: z.array(buttonSchema).nullish() }).passthrough())
    .default([]),
}));

export type Template = z.infer<typeof templateSchema>;

/** Meta's limits for parameter text: a text header is 60 characters; the filled body at most 1024. */
export const TEMPLATE_LIMITS = { header: 60, body: 1024 } as const;

/** Header media a template can carry, sent by link (Meta: image, video, document). */
export type MediaFormat = 'IMAGE' | 'VIDEO' | 'DOCUMENT';
const MEDIA_FORMATS = new Set<string>(['IMAGE', 'VIDEO', 'DOCUMENT']);
/** Buttons that need nothing from us, or (URL) one text parameter when their link has `{{1}}`. */
const BUILDABLE_BUTTONS = new Set(['QUICK_REPLY', 'URL', 'PHONE_NUMBER']);

export interface TemplateVariable {
  /** Where the value goes. */
  component: 'header' | 'body' | 'button';
  /** A `{{n}}` placeholder, or the header's media link. */
  kind: 'text' | 'media';
  /** Meta's positional index: {{1}} → 1 (0 for a media link). */
  index: number;
  /** The button's position, for a URL button's placeholder. */
  button?: number;
  format?: MediaFormat;
  /** Unique key for forms: `body.1`, `header.media`, `button.0.1`. */
  key: string;
}

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** Only approved templates can be sent (Meta). */
export function isSendable(template: Template): boolean {
  return template.status.toUpperCase() === 'APPROVED';
}

/** Why we cannot build this template's parameters, if we cannot (it is refused before sending). */
export type UnsupportedReason = 'header-location' | 'button-type' | 'component-type';

export function unsupportedReason(template: Template): UnsupportedReason | undefined {
  for (const component of template.components) {
    const type = component.type.toUpperCase();
    if (type === 'HEADER' && component.format && !['TEXT', ...MEDIA_FORMATS].includes(component.format.toUpperCase())) return 'header-location';
    if (type === 'BUTTONS' && (component.buttons ?? []).some((button) => !BUILDABLE_BUTTONS.has(button.type.toUpperCase()))) return 'button-type';
    if (!['HEADER', 'BODY', 'FOOTER', 'BUTTONS'].includes(type)) return 'component-type';
  }
  return undefined;
}

const componentOf = (template: Template, type: string) => template.components.find((candidate) => candidate.type.toUpperCase() === type);

/** The header's media format, when the header is an image, a video or a document. */
export function headerMedia(template: Template): MediaFormat | undefined {
  const format = componentOf(template, 'HEADER')?.format?.toUpperCase();
  return format && MEDIA_FORMATS.has(format) ? (format as MediaFormat) : undefined;
}

export function componentText(template: Template, type: 'header' | 'body'): string | undefined {
  const component = componentOf(template, type.toUpperCase());
  if (!component || (type === 'header' && component.format && component.format.toUpperCase() !== 'TEXT')) return undefined;
  return component.text ?? undefined;
}

const indexesOf = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => Number(match[1])))].sort((a, b) => a - b);

/** What to fill, in the order the customer reads it: header (text or media link), body, then URL buttons. */
export function templateVariables(template: Template): TemplateVariable[] {
  const variables: TemplateVariable[] = [];
  const media = headerMedia(template);
  if (media) variables.push({ component: 'header', kind: 'media', index: 0, format: media, key: 'header.media' });
  for (const component of ['header', 'body'] as const) {
    for (const index of indexesOf(componentText(template, component) ?? '')) variables.push({ component, kind: 'text', index, key: `${component}.${index}` });
  }
  (componentOf(template, 'BUTTONS')?.buttons ?? []).forEach((button, position) => {
    if (button.type.toUpperCase() !== 'URL') return;
    for (const index of indexesOf(button.url ?? '')) variables.push({ component: 'button', kind: 'text', index, button: position, key: `button.${position}.${index}` });
  });
  return variables;
}

/** The text the customer will read, placeholders filled (empty ones kept visible), and the buttons' labels. */
export function previewTemplate(template: Template, values: Record<string, string>): { header?: string; media?: MediaFormat; body: string; footer?: string; buttons: string[] } {
  const fill = (component: 'header' | 'body') => componentText(template, component)?.replace(PLACEHOLDER, (whole, index: string) => values[`${component}.${index}`] || whole);
  const footer = componentOf(template, 'FOOTER')?.text ?? undefined;
  const buttons = (componentOf(template, 'BUTTONS')?.buttons ?? []).map((button) => button.text ?? '').filter(Boolean);
  return { header: fill('header'), media: headerMedia(template), body: fill('body') ?? '', footer, buttons };
}

export type VariableProblem = 'required' | 'too-long' | 'template-whitespace' | 'body-too-long' | 'media-url';

/** A link WhatsApp can fetch: https, with a host. */
export function isMediaUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && Boolean(url.hostname) && !/\s/.test(value.trim());
  } catch {
    return false;
  }
}

/**
 * What is wrong with each value, as typed: required, Meta's forbidden newlines/tabs and runs of more
 * than four spaces in parameters, the header limit, the filled body limit, and a media link WhatsApp
 * can fetch (https).
 */
export function validateTemplateValues(template: Template, values: Record<string, string>): Record<string, VariableProblem> {
  const problems: Record<string, VariableProblem> = {};
  const variables = templateVariables(template);
  for (const variable of variables) {
    const value = values[variable.key] ?? '';
    if (!value.trim()) problems[variable.key] = 'required';
    else if (variable.kind === 'media') {
      if (!isMediaUrl(value)) problems[variable.key] = 'media-url';
    } else if (/[\n\t]| {5,}/.test(value)) problems[variable.key] = 'template-whitespace';
    else if (variable.component === 'header' && (previewTemplate(template, values).header ?? '').length > TEMPLATE_LIMITS.header) problems[variable.key] = 'too-long';
  }
  if (previewTemplate(template, values).body.length > TEMPLATE_LIMITS.body) {
    for (const variable of variables) if (variable.component === 'body') problems[variable.key] ??= 'body-too-long';
  }
  return problems;
}
