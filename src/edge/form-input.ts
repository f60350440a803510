import type { TObject, TSchema } from 'typebox';

/** A JSON schema as the decoder reads it: TypeBox schemas are plain JSON Schema objects. */
interface SchemaNode {
  type?: string;
  const?: unknown;
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
}

const TRUE: ReadonlySet<string> = new Set(['true', 'yes', 'on']);
const FALSE: ReadonlySet<string> = new Set(['false', 'no', 'off']);

/** One form value as the JSON the schema expects, or the text as it is if nothing fits. */
function valueFor(node: SchemaNode, raw: string): unknown {
  for (const candidate of node.anyOf ?? [node]) {
    if (candidate.const !== undefined) {
      if (String(candidate.const) === raw) return candidate.const;
      continue;
    }
    switch (candidate.type) {
      case 'boolean':
        if (TRUE.has(raw)) return true;
        if (FALSE.has(raw)) return false;
        break;
      case 'integer':
      case 'number':
        if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
        break;
      case 'string':
        return raw;
    }
  }
  return raw;
}

function admitsNull(node: SchemaNode): boolean {
  return (node.anyOf ?? [node]).some((candidate) => candidate.type === 'null');
}

/**
 * A submitted HTML form (every value a string) as the JSON body the API would have received, so
 * that one schema checks both and a bad value gets the same message on both edges:
 * - only the schema's own fields are read (the CSRF token, the version and buttons are not input);
 * - spaces around a value are dropped, as people expect of a form (an address pasted with a
 *   trailing space is still an address);
 * - a field left empty is absent when it may be, `null` where the schema allows null (clearing
 *   it), and otherwise kept empty, so the schema reports it as required;
 * - `yes`/`no` become booleans, digits numbers, where the schema asks for those.
 */
export function formInput(
  schema: TObject | TSchema,
  fields: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const node = schema as SchemaNode;
  const required = new Set(node.required ?? []);
  const input: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    const given = fields[name];
    if (given === undefined) continue;
    const raw = given.trim();
    if (raw === '') {
      if (admitsNull(property)) input[name] = null;
      else if (required.has(name)) input[name] = raw;
      continue;
    }
    input[name] = valueFor(property, raw);
  }
  return input;
}
