/** One `### heading` section of a docs page and the ```http blocks in it, in order. */
export interface DocSection {
  heading: string;
  blocks: string[];
}

/**
 * Splits a docs page (Slate-style markdown) into sections by `##`/`###` headings and collects each
 * section's ```http code blocks. Commented-out parts (`<!-- … -->`) are not documentation.
 */
export function httpSections(markdown: string): DocSection[] {
  const text = markdown.replace(/<!--[\s\S]*?-->/g, '');
  const sections: DocSection[] = [];
  let current: DocSection = { heading: '', blocks: [] };
  let fence: { lang: string; lines: string[] } | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (fence) {
      if (/^```\s*$/.test(line)) {
        if (fence.lang === 'http') current.blocks.push(fence.lines.join('\n'));
        fence = undefined;
      } else fence.lines.push(line);
      continue;
    }
    const opening = /^```\s*(\S*)/.exec(line);
    if (opening) {
      fence = { lang: opening[1]!.toLowerCase(), lines: [] };
      continue;
    }
    const heading = /^#{2,4}\s+(.+?)\s*$/.exec(line);
    if (heading) {
      sections.push(current);
      current = { heading: heading[1]!.replace(/\*\*/g, ''), blocks: [] };
    }
  }
  sections.push(current);
  return sections.filter((section) => section.blocks.length > 0);
}

/** An http block split into its first line, headers and body text. */
export interface HttpBlock {
  kind: 'request' | 'response';
  /** `/commands`, `/messages` or `/notifications` for requests; the HTTP status for responses. */
  target: string;
  status?: number;
  body: string;
}

/** Reads an http block: `POST https://…/commands HTTP/1.1` + headers + JSON, or `HTTP/1.1 200 OK` + headers + JSON. */
export function readHttpBlock(block: string): HttpBlock | undefined {
  const lines = block.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return undefined;
  const start = lines[first]!.trim();
  let index = first + 1;
  while (index < lines.length && (/^[A-Za-z-]+:\s/.test(lines[index]!.trim()) || lines[index]!.trim() === '')) index++;
  const body = lines.slice(index).join('\n').trim();
  const request = /^POST\s+\S*?(\/commands|\/messages|\/notifications)\b/i.exec(start);
  if (request) return { kind: 'request', target: request[1]!.toLowerCase(), body };
  const response = /^HTTP\/1\.1\s+(\d{3})/.exec(start);
  if (response) return { kind: 'response', target: response[1]!, status: Number(response[1]), body };
  return undefined;
}
