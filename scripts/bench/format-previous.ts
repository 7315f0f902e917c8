/**
 * The formatter the extension used before the linear one, kept only as the benchmark's baseline:
 * for each opening marker it scans every later marker and re-slices the text, so adversarial text
 * costs quadratic time (or worse).
 */
import type { FormattedRun } from '../../lib/domain/whatsapp-format';

const MARKERS: Record<string, keyof Omit<FormattedRun, 'text'>> = { '*': 'bold', _: 'italic', '~': 'strike' };

export function previousFormatter(input: string, inherited: Omit<FormattedRun, 'text'> = {}): FormattedRun[] {
  const runs: FormattedRun[] = [];
  let plain = '';
  const flush = () => {
    if (plain) runs.push({ text: plain, ...inherited });
    plain = '';
  };
  for (let index = 0; index < input.length; ) {
    if (input.startsWith('```', index)) {
      const end = input.indexOf('```', index + 3);
      if (end > index + 3) {
        flush();
        runs.push({ text: input.slice(index + 3, end), ...inherited, mono: true });
        index = end + 3;
        continue;
      }
    }
    const char = input[index]!;
    const style = MARKERS[char];
    const opens = style && !inherited[style] && /\S/.test(input[index + 1] ?? '') && (index === 0 || /[\s\p{P}]/u.test(input[index - 1]!));
    if (opens) {
      const end = closingIndex(input, char, index + 1);
      if (end !== -1) {
        flush();
        runs.push(...previousFormatter(input.slice(index + 1, end), { ...inherited, [style]: true }));
        index = end + 1;
        continue;
      }
    }
    plain += char;
    index++;
  }
  flush();
  return runs;
}

function closingIndex(input: string, marker: string, from: number): number {
  for (let index = input.indexOf(marker, from); index !== -1; index = input.indexOf(marker, index + 1)) {
    const before = input[index - 1] ?? '';
    const after = input[index + 1] ?? '';
    if (index > from && /\S/.test(before) && (!after || /[\s\p{P}]/u.test(after))) return index;
    if (input.slice(from, index).includes('\n')) return -1;
  }
  return -1;
}
