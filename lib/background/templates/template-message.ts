import type { BlipTransport } from '../../blip/transport';
import { listTemplates, templateNamespace } from '../../blip/whatsapp';
import { AppError } from '../../errors/app-error';
import { isSendable, unsupportedReason, validateTemplateValues, type Template } from '../../domain/templates';
import { templateContent } from '../../domain/template-content';

/**
 * The content of an active message, checked as Blip and WhatsApp will check it: the template must be
 * approved on the bot that owns the number (`channel`), have only parts we can build, and every
 * variable filled. Throws the error the sender shows otherwise.
 */
export async function activeMessageContent(channel: BlipTransport, input: { templateName: string; language: string; values: Record<string, string> }): Promise<{ template: Template; content: unknown }> {
  const template = (await listTemplates(channel)).find((candidate) => candidate.name === input.templateName && candidate.language === input.language);
  if (!template || !isSendable(template)) throw new AppError('lime-failure', 'Template not approved', { reason: 23, reasonText: input.templateName });
  const unsupported = unsupportedReason(template);
  if (unsupported) throw new AppError('invalid-input', 'Template parts we cannot build', { fields: [`template.${unsupported}`] });
  const problems = validateTemplateValues(template, input.values);
  if (Object.keys(problems).length) throw new AppError('invalid-input', 'Template variables', { fields: Object.entries(problems).map(([key, problem]) => `${key}.${problem}`) });
  return { template, content: templateContent(template, input.values, await templateNamespace(channel)) };
}
