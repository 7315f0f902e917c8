import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEVER_LOADED } from './harness/never-loaded';
import { search } from '../../lib/i18n/messages/search';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];

function scripts(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base)).flatMap((name) => {
    const relative = path.join(base, name);
    if (statSync(path.join(dir, relative)).isDirectory()) return scripts(dir, relative);
    return relative.endsWith('.js') ? [relative] : [];
  });
}

/** What the built extension ships (the same build the browser tests load); `npm run bench:ux` prints the sizes. */
describe.each(BUILDS)('%s', (dir) => {
  const files = scripts(dir).map((file) => ({ file, source: readFileSync(path.join(dir, file), 'utf8') }));

  it("ships none of jsPDF's optional libraries (html2canvas, canvg, DOMPurify): nothing would load them", () => {
    const found = files.flatMap(({ file, source }) => Object.entries(NEVER_LOADED).filter(([, marker]) => source.includes(marker)).map(([name]) => `${name} in ${file}`));
    expect(found).toEqual([]);
  });

  it("keeps each language in a chunk of its own for the pages; the background carries the three", () => {
    // A plain-ASCII stretch of one message in each language.
    const texts = [search.es['search.skipped.other'], search.pt_BR['search.skipped.other'], search.en['search.skipped.other']].map((text) => text.slice(8, 25));
    const pages = files.filter(({ file }) => file !== 'background.js');
    const holding = pages.map(({ source }) => texts.filter((text) => source.includes(text)).length).filter((count) => count > 0);
    expect(holding).toEqual([1, 1, 1]);
    // Its notifications and badge speak the agent's language, and a service worker cannot load a chunk later.
    const background = files.find(({ file }) => file === 'background.js')!;
    expect(texts.filter((text) => background.source.includes(text))).toHaveLength(3);
  });
});
