/**
 * The editors' frontmatter reference, generated from the Zod schemas (through JSON
 * Schema), so it always says what the build checks: per page kind every field with
 * its type, whether it is required, the allowed values and its description.
 */
import { z } from 'astro/zod';

export interface FieldRow {
  /** Path as an editor writes it: "target.value", "realisation[].period". */
  path: string;
  type: string;
  required: boolean;
  allowed: string[];
  description: string;
}

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  description?: string;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  default?: unknown;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  integer: 'heel getal',
  boolean: 'true/false',
  object: 'groep velden',
  array: 'lijst',
};

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return `vast: ${String(s.const)}`;
  if (s.anyOf) {
    const options = s.anyOf.filter((o) => o.type !== 'null');
    return options.length === 1 && options[0] ? typeOf(options[0]) : [...new Set(options.map(typeOf))].join(' of ');
  }
  if (s.type === 'array') return `lijst van ${s.items ? typeOf(s.items) : 'waarden'}`;
  const t = Array.isArray(s.type) ? s.type : [s.type ?? 'waarde'];
  const name = t.map((x) => TYPE_NAMES[x] ?? x).join(' of ');
  const range = s.minimum !== undefined && s.maximum !== undefined ? ` (${String(s.minimum)}–${String(s.maximum)})` : '';
  return name + range;
}

function allowedOf(s: JsonSchema): string[] {
  if (s.enum) return s.enum.map(String);
  if (s.const !== undefined) return [String(s.const)];
  if (s.anyOf) return [...new Set(s.anyOf.flatMap(allowedOf))];
  if (s.type === 'array' && s.items) return allowedOf(s.items);
  return [];
}

function walk(s: JsonSchema, prefix: string, required: boolean, out: FieldRow[]): void {
  const arrayLike = s.type === 'array' ? s : s.anyOf?.find((o) => o.type === 'array');
  const objectLike = s.properties ? s : s.anyOf?.find((o) => o.properties);
  if (prefix) {
    out.push({
      path: prefix,
      type: typeOf(s),
      required: required && s.default === undefined,
      allowed: allowedOf(s),
      description: s.description ?? objectLike?.description ?? arrayLike?.description ?? '',
    });
  }
  if (objectLike?.properties) {
    for (const [key, child] of Object.entries(objectLike.properties)) {
      walk(child, prefix ? `${prefix}.${key}` : key, (objectLike.required ?? []).includes(key), out);
    }
  }
  const items = arrayLike?.items;
  if (items?.properties) {
    for (const [key, child] of Object.entries(items.properties))
      walk(child, `${prefix}[].${key}`, (items.required ?? []).includes(key), out);
  }
}

/** The fields of a schema as reference rows. */
export function referenceRows(schema: z.ZodType): FieldRow[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const rows: FieldRow[] = [];
  walk(json, '', true, rows);
  return rows;
}
