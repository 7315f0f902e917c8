import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The text layer of a PDF as poppler's pdftotext reads it (UTF-8). */
export async function pdfToText(pdf: Blob | Uint8Array): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pdf-')), 'file.pdf');
  writeFileSync(file, pdf instanceof Uint8Array ? pdf : Buffer.from(await pdf.arrayBuffer()));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
