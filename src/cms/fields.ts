/**
 * Decap CMS fields from schema shapes (schema-shape.ts): the widget, whether it is required, and
 * the limits the check applies, so that the CMS stops a wrong entry before it is saved.
 */
import { TEXT_LIMITS } from '../schemas/common.ts';
import type { FieldShape, Shape } from './schema-shape.ts';
import { OPTION_LABELS, labelOf } from './labels.ts';

/** A field of Decap's configuration (https://decapcms.org/docs/widgets/). */
export interface CmsField extends WidgetOptions {
  name: string;
  label: string;
}

/** A field's widget and its options. */
export interface WidgetOptions {
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  /** year-values: the pattern of a key, and the field of each value. */
  key_pattern?: string;
  value_field?: CmsField;
  /** kpi-value: the words allowed besides a number. */
  words?: string[];
  /** markdown: the modes offered; raw only, see src/cms/config.ts. */
  modes?: string[];
  choose_url?: boolean;
  [option: string]: unknown;
}

/** Enumerations that come from a year's content rather than the schemas. */
export interface References {
  /** The year's pillar ids (pillars.json), offered wherever a field names pillars. */
  pillars?: string[];
  /** The year's chapter ids (report.json), offered for a field named `chapter`. */
  chapters?: string[];
  /** The year's KPI row ids (kpis.json), offered for a field named `kpi`. */
  kpis?: string[];
  /** The year's case ids (cases/*.mdx), which a new case cannot take. */
  cases?: string[];
}

const option = (value: string) => ({ label: OPTION_LABELS[value] ?? value, value });

/** A regular expression that accepts what the string shape accepts, as one pattern for Decap. */
export function stringPattern(shape: Extract<Shape, { type: 'string' }>): string | undefined {
  const min = shape.minLength ?? 0;
  const bodies = shape.patterns.map((p) => p.source.replace(/^\^/, '').replace(/\$$/, ''));
  if (shape.maxLength === undefined && bodies.length === 0) return undefined;
  const length = `(?=[\\s\\S]{${min},${shape.maxLength ?? ''}}$)`;
  const body = bodies.length > 0 ? bodies.map((b) => `(?=(?:${b})$)`).join('') : '';
  return `^${shape.maxLength !== undefined || min > 0 ? length : ''}${body}[\\s\\S]*$`;
}

/** What an editor reads when a string does not fit, in the check's words. */
function stringMessage(shape: Extract<Shape, { type: 'string' }>, name: string): string {
  if (shape.format === 'date') return '应为写成 YYYY-MM-DD 的日期（如 "2018-06-13"）';
  if (name === 'src')
    return '应为由小写英文字母、数字和连字符组成、以 .jpg、.jpeg、.png 或 .webp 结尾的文件名';
  if (shape.patterns.length > 0)
    return `应为由小写英文字母、数字和连字符组成的标识（如 "green-office"），不超过 ${shape.maxLength ?? '∞'} 个字符`;
  return `应为不超过 ${shape.maxLength} 个字的文字`;
}

/** The Decap field for `name` holding `field`, inside `parent`. */
export function cmsField(
  name: string,
  field: FieldShape,
  refs: References = {},
  parent?: string,
): CmsField {
  const base = { name, label: labelOf(name, parent) };
  // Decap counts an empty list as a missing value: a list that may be empty is not "required".
  const mayBeEmpty = field.shape.type === 'array' && !field.shape.minItems;
  const required = field.optional || field.nullable || mayBeEmpty ? { required: false } : {};
  return { ...base, ...widgetFor(name, field.shape, refs), ...required };
}

function widgetFor(name: string, shape: Shape, refs: References): WidgetOptions {
  switch (shape.type) {
    case 'string': {
      const pattern = stringPattern(shape);
      const long = (shape.maxLength ?? Infinity) >= TEXT_LIMITS.paragraph;
      const widget = name === 'src' ? 'image' : long ? 'text' : 'string';
      return {
        widget,
        ...(pattern ? { pattern: [pattern, stringMessage(shape, name)] as [string, string] } : {}),
        ...(shape.format === 'date' ? { hint: 'YYYY-MM-DD，如 2018-06-13' } : {}),
        ...(widget === 'image' ? { choose_url: false } : {}),
      };
    }
    case 'number':
      return {
        widget: 'number',
        value_type: shape.integer ? 'int' : 'float',
        ...(shape.minimum !== undefined ? { min: shape.minimum } : {}),
        ...(shape.maximum !== undefined ? { max: shape.maximum } : {}),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: shape.options.map(option) };
    case 'number-or-word':
      return { widget: 'kpi-value', words: shape.words };
    case 'array':
      return arrayWidget(name, shape, refs);
    case 'object':
      return { widget: 'object', fields: objectFields(shape, refs, name) };
    case 'record':
      return {
        widget: 'year-values',
        ...(shape.keyPattern ? { key_pattern: shape.keyPattern.source } : {}),
        value_field: cmsField('value', { shape: shape.value, optional: false, nullable: false }),
      };
  }
}

function arrayWidget(
  name: string,
  shape: Extract<Shape, { type: 'array' }>,
  refs: References,
): WidgetOptions {
  const limits = {
    ...(shape.minItems !== undefined ? { min: shape.minItems } : {}),
    ...(shape.maxItems !== undefined ? { max: shape.maxItems } : {}),
  };
  const choices = name === 'pillars' ? refs.pillars : undefined;
  if (choices && shape.element.type === 'string')
    return { widget: 'select', multiple: true, options: choices.map(option), ...limits };
  if (shape.element.type === 'object') {
    const fields = objectFields(shape.element, refs, name);
    const first = fields.find((f) => f.widget === 'string');
    return {
      widget: 'list',
      fields,
      collapsed: true,
      ...(first ? { summary: `{{fields.${first.name}}}` } : {}),
      ...limits,
    };
  }
  const element = cmsField(name, { shape: shape.element, optional: false, nullable: false });
  // A list of single values shows each value, not a row per value to open.
  return {
    widget: 'list',
    field: { ...element, label: labelOf(name) },
    collapsed: false,
    ...limits,
  };
}

/** The fields of an object shape, in the schema's order (Decap writes keys in this order). */
export function objectFields(
  shape: Extract<Shape, { type: 'object' }>,
  refs: References,
  parent?: string,
): CmsField[] {
  return Object.entries(shape.fields).map(([name, field]) => {
    const choices = name === 'chapter' ? refs.chapters : name === 'kpi' ? refs.kpis : undefined;
    if (choices && field.shape.type === 'string')
      return {
        ...cmsField(name, field, refs, parent),
        widget: 'select',
        options: choices.map(option),
      };
    return cmsField(name, field, refs, parent);
  });
}
