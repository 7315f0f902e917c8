import { z } from 'zod';

/** A WhatsApp message template as Blip lists it (blip-api.md §10.1, Meta's shape under `data`). */
export const templateSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  language: z.string(),
  category: z.string().nullish(),
  status: z.string(),
  components: z
    .array(z.object({ type: z.string(), format: z.string().nullish(), text: z.string().nullish() }).passthrough())
    .default([]),
});

export type Template = z.infer<typeof templateSchema>;

/** Meta's limits for parameter text: a text header is 60 characters; the filled body at most 1024. */
export const TEMPLATE_LIMITS = { header: 60, body: 1024 } as const;

export interface TemplateVariable {
  /** Where the placeholder lives. */
  component: 'header' | 'body';
  /** Meta's positional index: {{1}} → 1. */
  index: number;
  /** Unique key for forms: `body.1`. */
  key: string;
}

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** Only approved templates can be sent (Meta). */
export function isSendable(template: Template): boolean {
  return template.status.toUpperCase() === 'APPROVED';
}

function componentText(template: Template, type: 'header' | 'body'): string | undefined {
  const component = template.components.find((candidate) => candidate.type.toLowerCase() === type);
  if (!component || (type === 'header' && component.format && component.format.toUpperCase() !== 'TEXT')) return undefined;
  return component.text ?? undefined;
}

/** The placeholders to fill, header first, each once, in index order. */
export function templateVariables(template: Template): TemplateVariable[] {
  const variables: TemplateVariable[] = [];
  for (const component of ['header', 'body'] as const) {
    const text = componentText(template, component) ?? '';
    const indexes = [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => Number(match[1])))].sort((a, b) => a - b);
    for (const index of indexes) variables.push({ component, index, key: `${component}.${index}` });
  }
  return variables;
}

/** The text the customer will read, placeholders filled (empty ones kept visible). */
export function previewTemplate(template: Template, values: Record<string, string>): { header?: string; body: string; footer?: string } {
  const fill = (component: 'header' | 'body') => componentText(template, component)?.replace(PLACEHOLDER, (whole, index: string) => values[`${component}.${index}`] || whole);
  const footer = template.components.find((candidate) => candidate.type.toLowerCase() === 'footer')?.text ?? undefined;
  return { header: fill('header'), body: fill('body') ?? '', footer };
}

export type VariableProblem = 'required' | 'too-long' | 'template-whitespace' | 'body-too-long';

/**
 * What is wrong with each value, as typed: required, Meta's forbidden newlines/tabs and runs of more
 * than four spaces in parameters, the header limit, and the filled body limit.
 */
export function validateTemplateValues(template: Template, values: Record<string, string>): Record<string, VariableProblem> {
  const problems: Record<string, VariableProblem> = {};
  for (const variable of templateVariables(template)) {
    const value = values[variable.key] ?? '';
    if (!value.trim()) problems[variable.key] = 'required';
    else if (/[\n\t]| {5,}/.test(value)) problems[variable.key] = 'template-whitespace';
    else if (variable.component === 'header' && (previewTemplate(template, values).header ?? '').length > TEMPLATE_LIMITS.header) problems[variable.key] = 'too-long';
  }
  if (previewTemplate(template, values).body.length > TEMPLATE_LIMITS.body) {
    for (const variable of templateVariables(template)) if (variable.component === 'body') problems[variable.key] ??= 'body-too-long';
  }
  return problems;
}

/** The `application/json` content of an active message (blip-api.md §10.2). */
export function templateContent(template: Template, values: Record<string, string>, namespace?: string) {
  const parameters = (component: 'header' | 'body') =>
    templateVariables(template)
      .filter((variable) => variable.component === component)
      .map((variable) => ({ type: 'text', text: values[variable.key]!.trim() }));
  const components = (['header', 'body'] as const).map((type) => ({ type, parameters: parameters(type) })).filter((component) => component.parameters.length > 0);
  return {
    type: 'template',
    template: {
      ...(namespace ? { namespace } : {}),
      name: template.name,
      language: { code: template.language, policy: 'deterministic' },
      components,
    },
  };
}
