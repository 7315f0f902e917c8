import { t } from '@/lib/i18n/i18n';
import { visibleLength, type ReplyProblem } from '@/lib/domain/replies';
import { Field } from '../ui/Field';

interface Props {
  id: string;
  label: string;
  value: string;
  max: number;
  problem: ReplyProblem | undefined;
  onInput: (value: string) => void;
}

const PROBLEM_TEXT = (problem: ReplyProblem, max: number) =>
  problem === 'too-long' ? t('common.tooLong', { max }) : problem === 'duplicate' ? t('replies.duplicate') : t('common.required');

/**
 * A one-line input with the spec's character limit: a live counter, and the reason it cannot be
 * saved as soon as the text goes over (counting what the user sees: an emoji is one character).
 */
export function LimitedInput({ id, label, value, max, problem, onInput }: Props) {
  const shown = problem === 'required' && value === '' ? undefined : problem;
  return (
    <Field id={id} label={label} error={shown && PROBLEM_TEXT(shown, max)} count={{ value: visibleLength(value), max }}>
      {(describedBy) => <input id={id} value={value} aria-describedby={describedBy} aria-invalid={Boolean(shown)} onInput={(event) => onInput(event.currentTarget.value)} />}
    </Field>
  );
}
