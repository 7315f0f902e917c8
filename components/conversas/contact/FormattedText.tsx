import { formattedRuns } from '@/lib/ui/formatted-runs';

/** WhatsApp-formatted text as DOM nodes (strong, em, s, code): never parsed as HTML. */
export function FormattedText({ text }: { text: string }) {
  return (
    <>
      {formattedRuns(text).map((run, index) => {
        let node: preact.ComponentChild = run.text;
        if (run.mono) node = <code>{node}</code>;
        if (run.strike) node = <s>{node}</s>;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}
