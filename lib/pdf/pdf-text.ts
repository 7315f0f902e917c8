/**
 * The standard PDF fonts cover WinAnsi (Latin-1 plus a few typographic signs): every accent of
 * Spanish and Portuguese, but no emoji. Characters outside it are replaced visibly, never dropped
 * or garbled: emoji become "[emoji]", anything else "[U+XXXX]".
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const EMOJI_SEQUENCE = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*|\p{Regional_Indicator}{2}/gu;

export function pdfSafeText(text: string): string {
  const withoutEmoji = text.replace(EMOJI_SEQUENCE, '[emoji]');
  let result = '';
  for (const char of withoutEmoji) {
    const code = char.codePointAt(0)!;
    if (char === '\n' || char === '\t') result += char === '\t' ? '    ' : char;
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)) result += char;
    else if (code === 0xfe0f || code === 0x200d || (code >= 0x1f3fb && code <= 0x1f3ff)) continue;
    else if (code < 0x20) continue;
    else result += `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`;
  }
  return result;
}

/** A message's content as transcript text, and its link when it is media (http/https only). */
export function describeContent(type: string, content: unknown, labels: { media: string; unsupported: string }): { text: string; url?: string } {
  if (typeof content === 'string') return { text: content };
  if (type === 'application/vnd.lime.media-link+json' && content && typeof content === 'object') {
    const media = content as { uri?: unknown; title?: unknown; text?: unknown; type?: unknown };
    const uri = typeof media.uri === 'string' && /^https?:\/\//i.test(media.uri) ? media.uri : undefined;
    const title = [media.title, media.text].find((value) => typeof value === 'string' && value.trim()) as string | undefined;
    return { text: `[${labels.media}] ${title ?? uri ?? ''}`.trim(), url: uri };
  }
  if (content && typeof content === 'object' && typeof (content as { text?: unknown }).text === 'string') return { text: (content as { text: string }).text };
  return { text: `[${labels.unsupported}: ${type}]` };
}
