import { t } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import type { TemplateVariable, VariableProblem } from '@/lib/domain/templates';
import { Field } from '../ui/Field';

const PROBLEM_TEXT: Record<VariableProblem, MessageKey> = {
  required: 'templates.required',
  'template-whitespace': 'templates.whitespace',
  'too-long': 'templates.headerTooLong',
  'body-too-long': 'templates.bodyTooLong',
  'media-url': 'templates.mediaUrl',
};

interface Props {
  variables: TemplateVariable[];
  values: Record<string, string>;
  problems: Record<string, VariableProblem>;
  touched: Record<string, boolean>;
  onChange: (key: string, value: string) => void;
}

/** One input per template variable: text placeholders, the header's media link, URL buttons' parameters. */
export function TemplateFields({ variables, values, problems, touched, onChange }: Props) {
  return (
    <>
      {variables.map((variable) => {
        const id = `template-${variable.key.replace(/\./g, '-')}`;
        const problem = touched[variable.key] ? problems[variable.key] : undefined;
        const label = variable.kind === 'media' ? t(`templates.media.${variable.format!}`) : t('templates.variable', { index: variable.index, component: t(`templates.component.${variable.component}`) });
        return (
          <Field key={variable.key} id={id} label={label} help={variable.kind === 'media' ? t('templates.mediaHint') : undefined} error={problem && t(PROBLEM_TEXT[problem])}>
            {(describedBy) => (
              <input id={id} type={(variable.kind === 'media' ? 'url' : 'text') as 'text'} value={values[variable.key] ?? ''} aria-invalid={Boolean(problem)} aria-describedby={describedBy} onInput={(event) => onChange(variable.key, event.currentTarget.value)} />
            )}
          </Field>
        );
      })}
    </>
  );
}
