/**
 * What a zod 4 schema asks of a value, read from its definition (`schema._zod.def`): the shapes the
 * CMS configuration is built from. Only the constructs the content schemas use are known; any
 * other stops with its name, so a new kind of field cannot slip into the CMS unchecked.
 */
import type { z } from 'astro/zod';

export type Shape =
  | { type: 'string'; minLength?: number; maxLength?: number; patterns: RegExp[]; format?: string }
  | { type: 'number'; integer: boolean; minimum?: number; maximum?: number }
  | { type: 'boolean' }
  | { type: 'enum'; options: string[] }
  /** A number, or one of a few words (a KPI cell: a number or "not-reported"). */
  | { type: 'number-or-word'; words: string[] }
  | { type: 'array'; element: Shape; minItems?: number; maxItems?: number }
  | { type: 'object'; fields: Record<string, FieldShape> }
  | { type: 'record'; keyPattern?: RegExp; value: Shape };

/** A field of an object: its shape, and whether it may be left out or written as null. */
export interface FieldShape {
  shape: Shape;
  optional: boolean;
  nullable: boolean;
}

interface Def {
  type: string;
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): CheckDef[] =>
  ((def['checks'] as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);

/** The field a schema describes, with optional/default/nullable wrappers taken off. */
export function fieldShape(schema: z.ZodType): FieldShape {
  let optional = false;
  let nullable = false;
  let current: unknown = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default') optional = true;
    else if (def.type === 'nullable') nullable = true;
    else return { shape: shapeOf(current), optional, nullable };
    current = def['innerType'];
  }
}

/** The shape of a schema without wrappers. */
export function shapeOf(schema: unknown): Shape {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringShape(def);
    case 'number':
      return numberShape(def);
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'enum', options: Object.values(def['entries'] as Record<string, string>) };
    case 'union':
      return unionShape(def);
    case 'array': {
      const lengths = lengthsOf(def);
      return {
        type: 'array',
        element: shapeOf(def['element']),
        ...(lengths.min !== undefined ? { minItems: lengths.min } : {}),
        ...(lengths.max !== undefined ? { maxItems: lengths.max } : {}),
      };
    }
    case 'object': {
      const shape = def['shape'] as Record<string, z.ZodType>;
      return {
        type: 'object',
        fields: Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, fieldShape(v)])),
      };
    }
    case 'record': {
      const key = shapeOf(def['keyType']);
      const keyPattern = key.type === 'string' ? key.patterns[0] : undefined;
      return {
        type: 'record',
        ...(keyPattern ? { keyPattern } : {}),
        value: shapeOf(def['valueType']),
      };
    }
    default:
      throw new Error(
        `src/cms/schema-shape.ts: 未知的 zod 类型 "${def.type}"，CMS 不知道怎样编辑它`,
      );
  }
}

function lengthsOf(def: Def): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') out.min = check['minimum'] as number;
    if (check.check === 'max_length') out.max = check['maximum'] as number;
  }
  return out;
}

function stringShape(def: Def): Shape {
  const { min, max } = lengthsOf(def);
  const patterns: RegExp[] = [];
  let format: string | undefined;
  const formats = [def as unknown as CheckDef, ...checksOf(def)];
  for (const check of formats) {
    if (check['pattern'] instanceof RegExp) patterns.push(check['pattern']);
    if (typeof check['format'] === 'string' && check['format'] !== 'regex')
      format = check['format'];
  }
  return {
    type: 'string',
    ...(min !== undefined ? { minLength: min } : {}),
    ...(max !== undefined ? { maxLength: max } : {}),
    patterns,
    ...(format ? { format } : {}),
  };
}

function numberShape(def: Def): Shape {
  const out: Extract<Shape, { type: 'number' }> = { type: 'number', integer: false };
  for (const check of checksOf(def)) {
    if (check.check === 'number_format' && /int/.test(String(check['format']))) out.integer = true;
    if (check.check === 'greater_than') out.minimum = check['value'] as number;
    if (check.check === 'less_than') out.maximum = check['value'] as number;
  }
  return out;
}

function unionShape(def: Def): Shape {
  const options = (def['options'] as unknown[]).map(defOf);
  const words = options.flatMap((o) => (o.type === 'literal' ? (o['values'] as string[]) : []));
  const others = options.filter((o) => o.type !== 'literal').map((o) => o.type);
  if (others.length === 1 && others[0] === 'number' && words.length > 0)
    return { type: 'number-or-word', words: words.map(String) };
  throw new Error(
    `src/cms/schema-shape.ts: 不支持的 union（${options.map((o) => o.type).join(' | ')}）`,
  );
}
