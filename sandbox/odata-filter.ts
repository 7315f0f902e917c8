/**
 * A small OData `$filter` evaluator for the sandbox, covering what Blip documents for contacts
 * (blip-api.md §4.3): `startswith(field,'v')`, `substringof('v',field)`, `eq`/`ne`/`ge`/`le`/`gt`/`lt`
 * with strings, numbers, `null`, `true`/`false` and `datetimeoffset'…'`, combined with `and`, `or`,
 * `not` and parentheses. Field names are case-insensitive and string comparisons ignore case, like
 * Blip's SQL collation. Throws on anything else, which the route answers as a LIME failure.
 */
export type Predicate = (item: Record<string, unknown>) => boolean;

type Token = { kind: 'word' | 'string' | 'date' | 'number' | '(' | ')' | ','; value: string };

export function parseFilter(text: string): Predicate {
  const tokens = tokenize(text);
  let position = 0;
  const peek = () => tokens[position];
  const take = (kind?: Token['kind']) => {
    const token = tokens[position++];
    if (!token || (kind && token.kind !== kind)) throw new Error(`Invalid filter near token ${position}`);
    return token;
  };
  const isWord = (word: string) => peek()?.kind === 'word' && peek()!.value.toLowerCase() === word;

  function orExpression(): Predicate {
    let left = andExpression();
    while (isWord('or')) {
      take();
      const [a, b] = [left, andExpression()];
      left = (item) => a(item) || b(item);
    }
    return left;
  }
  function andExpression(): Predicate {
    let left = unary();
    while (isWord('and')) {
      take();
      const [a, b] = [left, unary()];
      left = (item) => a(item) && b(item);
    }
    return left;
  }
  function unary(): Predicate {
    if (isWord('not')) {
      take();
      const inner = unary();
      return (item) => !inner(item);
    }
    if (peek()?.kind === '(') {
      take('(');
      const inner = orExpression();
      take(')');
      return inner;
    }
    return comparison();
  }
  function comparison(): Predicate {
    const name = take('word').value.toLowerCase();
    if (name === 'startswith' || name === 'substringof') {
      take('(');
      const first = operand();
      take(',');
      const second = operand();
      take(')');
      return name === 'startswith'
        ? (item) => lower(first(item)).startsWith(lower(second(item))) && first(item) != null
        : (item) => second(item) != null && lower(second(item)).includes(lower(first(item)));
    }
    position--;
    const left = operand();
    const operator = take('word').value.toLowerCase();
    const right = operand();
    const compare = (item: Record<string, unknown>) => order(left(item), right(item));
    switch (operator) {
      case 'eq': return (item) => compare(item) === 0;
      case 'ne': return (item) => compare(item) !== 0;
      case 'ge': return (item) => compare(item) >= 0;
      case 'le': return (item) => compare(item) <= 0;
      case 'gt': return (item) => compare(item) > 0;
      case 'lt': return (item) => compare(item) < 0;
      default: throw new Error(`Unknown operator ${operator}`);
    }
  }
  function operand(): (item: Record<string, unknown>) => unknown {
    const token = take();
    if (token.kind === 'string') return () => token.value;
    if (token.kind === 'date') return () => Date.parse(token.value);
    if (token.kind === 'number') return () => Number(token.value);
    if (token.kind !== 'word') throw new Error('Invalid operand');
    const word = token.value.toLowerCase();
    if (word === 'null') return () => null;
    if (word === 'true' || word === 'false') return () => word === 'true';
    return (item) => {
      const key = Object.keys(item).find((candidate) => candidate.toLowerCase() === word);
      const value = key ? item[key] : undefined;
      return word.endsWith('date') && typeof value === 'string' ? Date.parse(value) : value;
    };
  }

  const predicate = orExpression();
  if (position !== tokens.length) throw new Error('Unexpected text after the filter');
  return predicate;
}

/** null sorts as "not comparable": only `eq null` / `ne null` are true for it. */
function order(a: unknown, b: unknown): number {
  if (a == null || b == null) return a == null && b == null ? 0 : NaN;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return lower(a).localeCompare(lower(b));
}

function lower(value: unknown): string {
  return value == null ? '' : String(value).toLowerCase();
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(datetimeoffset'([^']*)')|'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)(?![\w])|([A-Za-z_][\w/]*)|([(),]))/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) throw new Error(`Invalid filter at ${index}`);
    index = pattern.lastIndex;
    if (match[1]) tokens.push({ kind: 'date', value: match[2]! });
    else if (match[3] !== undefined) tokens.push({ kind: 'string', value: match[3].replace(/''/g, "'") });
    else if (match[4]) tokens.push({ kind: 'number', value: match[4] });
    else if (match[5]) tokens.push({ kind: 'word', value: match[5] });
    else tokens.push({ kind: match[6] as '(' | ')' | ',', value: match[6]! });
  }
  return tokens;
}
