const MARKS = /\p{M}+/gu;

/** Lower case without accents: "José ÁLVAREZ" → "jose alvarez", "Muñoz" → "munoz". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}
