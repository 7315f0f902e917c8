type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the sandbox's answer lacks compared with the documented one: the same status and type, every
 * documented envelope key, every documented key of the resource, and for a collection its itemType
 * and, for each documented item, an item of the answer with all of that item's keys (answers differ in
 * data, not in shape). Empty when the answer has the documented shape.
 */
export function shapeProblems(documented: Json, actual: Json): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(documented)) if (!(key in actual)) problems.push(`envelope lacks "${key}"`);
  if (documented.status !== actual.status) problems.push(`status ${String(actual.status)} (documented ${String(documented.status)}): ${JSON.stringify(actual.reason ?? '')}`);
  if (documented.type !== undefined && documented.type !== actual.type) problems.push(`type ${String(actual.type)} (documented ${String(documented.type)})`);
  const [doc, got] = [documented.resource, actual.resource];
  if (doc === undefined) return problems;
  if (typeof doc !== typeof got) return [...problems, `resource is ${typeof got} (documented ${typeof doc})`];
  if (!isObject(doc) || !isObject(got)) return problems;
  problems.push(...missingKeys(doc, got).map((key) => `resource lacks "${key}"`));
  const gotItems = got.items;
  if (Array.isArray(doc.items) && Array.isArray(gotItems)) {
    if (doc.itemType !== got.itemType) problems.push(`itemType ${String(got.itemType)} (documented ${String(doc.itemType)})`);
    if (doc.items.length && !gotItems.length) problems.push('no items (the docs show some)');
    doc.items.forEach((item, index) => {
      if (!isObject(item) || !gotItems.length) return;
      const closest = (gotItems as unknown[]).filter(isObject).map((candidate) => missingKeys(item, candidate)).sort((a, b) => a.length - b.length)[0] ?? Object.keys(item);
      if (closest.length) problems.push(`no item has documented item ${index}'s keys: lacks ${closest.join(', ')}`);
    });
  }
  return problems;
}

function missingKeys(documented: Json, actual: Json): string[] {
  return Object.keys(documented).filter((key) => !(key in actual));
}
