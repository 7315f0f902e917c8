import { downloadText } from '@/lib/ui/actions/download-file';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/i18n';
import type { ReplyCategoryRecord } from '@/lib/domain/reply-records';
import { REPLY_LIMITS } from '@/lib/domain/replies';
import { decodeCsv, repliesFromCsv, repliesToCsv, type CsvRowError } from '@/lib/domain/replies-csv';
import type { MessageKey } from '@/lib/i18n/messages';
import { rpc } from '@/lib/rpc/client';
import { ErrorNotice } from '../ui/ErrorNotice';

function rowErrorText(error: CsvRowError): string {
  if (error.problem === 'columns') return t('replies.csv.columns', { row: error.row });
  const max = error.field === 'category' ? REPLY_LIMITS.categoryName : REPLY_LIMITS.title;
  return t(`replies.csv.${error.problem}` as MessageKey, { row: error.row, field: t(`replies.field.${error.field}` as MessageKey), max });
}

/** Export to and import from CSV (UTF-8). A file with any bad row imports nothing and says which rows. */
export function CsvTools({ categories }: { categories: ReplyCategoryRecord[] }) {
  const [rowErrors, setRowErrors] = useState<CsvRowError[]>([]);
  const [done, setDone] = useState<{ categories: number; replies: number }>();
  const [error, setError] = useState<unknown>();

  const exportCsv = () => downloadText(`respuestas-listas-${new Date().toISOString().slice(0, 10)}.csv`, repliesToCsv(categories));

  const importCsv = async (file: File) => {
    setRowErrors([]);
    setDone(undefined);
    setError(undefined);
    const { groups, errors } = repliesFromCsv(decodeCsv(await file.arrayBuffer()));
    if (errors.length) return setRowErrors(errors);
    rpc('replies.import', { groups }).then(setDone, setError);
  };

  return (
    <div class="csv-tools">
      <div class="row">
        <button type="button" onClick={exportCsv} disabled={categories.length === 0}>{t('replies.export')}</button>
        <label class="button-like">
          {t('replies.import')}
          <input
            type="file"
            accept=".csv,text/csv"
            class="visually-hidden"
            data-testid="replies-import"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importCsv(file);
            }}
          />
        </label>
        <span class="small muted">{t('replies.csvHelp')}</span>
      </div>
      {done && <p class="notice success" role="status"><span>{t('replies.imported', done)}</span></p>}
      {error !== undefined && <ErrorNotice error={error} />}
      {rowErrors.length > 0 && (
        <div class="notice error" role="alert" data-testid="csv-errors">
          <span>{t('replies.importErrors')}</span>
          <ul>
            {rowErrors.slice(0, 20).map((rowError) => <li key={`${rowError.row}-${rowError.field}`}>{rowErrorText(rowError)}</li>)}
          </ul>
        </div>
      )}
    </div>
  );
}
