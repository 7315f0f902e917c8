import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The text layer of a PDF as poppler's pdftotext reads it (UTF-8; its complaints about CID font
 * collections left out). `raw` keeps the order the text was drawn in (no reading-order guesses).
 */
export async function pdfToText(pdf: Blob | Uint8Array, options: { raw?: boolean } = {}): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pdf-')), 'file.pdf');
  writeFileSync(file, pdf instanceof Uint8Array ? pdf : Buffer.from(await pdf.arrayBuffer()));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(options.raw ? ['-raw'] : []), file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}
