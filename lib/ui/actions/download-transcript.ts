import { rpc } from '../../rpc/client';
import { formatDateTime, t } from '../../i18n/i18n';
import { formatPhone } from '../../i18n/phone-format';
import type { MessageKey } from '../../i18n/messages';

/**
 * Fetches a ticket's messages through the background, renders the PDF (jsPDF and the font list load
 * with the transcript module, only now; a script's font only when the transcript has that script)
 * and hands the file to the browser's downloads.
 */
export async function downloadTranscript(installationId: string, ticketId: string, customerName?: string): Promise<void> {
  const [data, pdf, fonts] = await Promise.all([rpc('history.transcript', { installationId, ticketId }), import('../../pdf/transcript-pdf'), import('./transcript-fonts')]);
  const { pdf: blob } = await pdf.renderTranscript(data, {
    title: t('pdf.title'),
    number: t('pdf.number'),
    customer: t('history.customer').replace(/\s*\(.*\)$/, ''),
    agent: t('history.agent'),
    opened: t('pdf.opened'),
    closed: t('pdf.closed'),
    status: t('history.status'),
    tags: t('history.tags'),
    customerSender: t('pdf.customerSender'),
    botSender: t('pdf.botSender'),
    media: t('pdf.media'),
    unsupported: t('pdf.unsupported'),
    page: (current, total) => t('pdf.page', { current, total }),
    statusName: (status) => t(`status.${status}` as MessageKey),
    formatDate: (iso) => formatDateTime(iso),
    formatPhone,
    marks: (counts) => t('pdf.marks', { controls: counts.controls, unsupported: counts.unsupported }),
    customerName,
  }, fonts.transcriptFonts);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = pdf.transcriptFileName(data.ticket);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
