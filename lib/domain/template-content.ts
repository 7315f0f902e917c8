import { templateVariables, type Template, type TemplateVariable } from './templates';

type Parameter = { type: 'text'; text: string } | { type: 'image' | 'video'; image?: { link: string }; video?: { link: string } } | { type: 'document'; document: { link: string; filename: string } };

/** The file name a document header shows: the link's last path segment. */
function fileName(link: string): string {
  const segment = decodeURIComponent(new URL(link).pathname.split('/').filter(Boolean).at(-1) ?? '');
  return segment || 'documento.pdf';
}

function mediaParameter(variable: TemplateVariable, link: string): Parameter {
  if (variable.format === 'DOCUMENT') return { type: 'document', document: { link, filename: fileName(link) } };
  return variable.format === 'VIDEO' ? { type: 'video', video: { link } } : { type: 'image', image: { link } };
}

/**
 * The `application/json` content of an active message (blip-api.md §10.2, Blip's help center):
 * header parameters (text, or the media by link, which takes the header's slot), body parameters in
 * order, and one `button` component per URL button whose link has a placeholder. Quick-reply and
 * phone buttons need nothing.
 */
export function templateContent(template: Template, values: Record<string, string>, namespace?: string) {
  const variables = templateVariables(template);
  const value = (variable: TemplateVariable) => values[variable.key]!.trim();
  const textOf = (component: 'header' | 'body') =>
    variables.filter((variable) => variable.component === component).map((variable): Parameter => (variable.kind === 'media' ? mediaParameter(variable, value(variable)) : { type: 'text', text: value(variable) }));
  const components: Array<Record<string, unknown>> = (['header', 'body'] as const).map((type) => ({ type, parameters: textOf(type) })).filter((component) => component.parameters.length > 0);
  const buttons = new Map<number, Parameter[]>();
  for (const variable of variables.filter((candidate) => candidate.component === 'button')) buttons.set(variable.button!, [...(buttons.get(variable.button!) ?? []), { type: 'text', text: value(variable) }]);
  for (const [index, parameters] of buttons) components.push({ type: 'button', sub_type: 'url', index, parameters });
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
