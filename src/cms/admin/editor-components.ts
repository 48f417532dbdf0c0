/**
 * The site's content tags (mdx/content-tags.ts) as Decap editor components: each matches its tag
 * on a line of its own, as the editors' guide writes it, and gives its attributes as fields.
 */
import { ALLOWED_TAGS } from '../../mdx/content-tags.ts';

type Tag = (typeof ALLOWED_TAGS)[number];

interface Attribute {
  name: 'id' | 'section';
  label: string;
  /** An attribute left out means the whole chapter (<KeyFigures />). */
  optional?: boolean;
}

/** Each tag's label and attributes; a new tag in ALLOWED_TAGS must be added here. */
export const TAGS: Record<Tag, { label: string; attributes: Attribute[] }> = {
  Case: { label: '案例', attributes: [{ name: 'id', label: '案例 id（cases/ 中的文件名）' }] },
  KeyFigures: {
    label: '关键数字',
    attributes: [{ name: 'section', label: '小节标题（留空＝全章的数字）', optional: true }],
  },
  Photos: { label: '图片说明', attributes: [{ name: 'section', label: '小节标题' }] },
  DataTable: { label: '数据表', attributes: [{ name: 'id', label: '表格 id（tables.json）' }] },
  PillarModel: { label: '中铝降碳模型', attributes: [] },
  PillarInitiatives: { label: '五项倡议', attributes: [] },
  Honours: { label: '绿色荣誉', attributes: [] },
  KpiTable: { label: '降碳绩效表', attributes: [] },
};

/** An attribute's value as MDX writes it between double quotes. */
const quoted = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const unquoted = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** `<Case id="x" />` from the tag and its data; an optional attribute left empty is left out. */
export function tagText(tag: Tag, data: Record<string, string | undefined>): string {
  const attributes = TAGS[tag].attributes
    .filter((a) => (data[a.name] ?? '') !== '' || !a.optional)
    .map((a) => ` ${a.name}="${quoted(data[a.name] ?? '')}"`);
  return `<${tag}${attributes.join('')} />`;
}

/** The pattern of the tag on a line of its own, capturing each attribute's value in order. */
export function tagPattern(tag: Tag): RegExp {
  const attributes = TAGS[tag].attributes
    .map((a) => `(?: ${a.name}="([^"]*)")${a.optional ? '?' : ''}`)
    .join('');
  return new RegExp(`^<${tag}${attributes} />$`, 'm');
}

/** The editor components to register with CMS.registerEditorComponent. */
export function editorComponents() {
  return ALLOWED_TAGS.map((tag) => ({
    id: tag,
    label: TAGS[tag].label,
    fields: TAGS[tag].attributes.map((a) => ({
      name: a.name,
      label: a.label,
      widget: 'string',
      ...(a.optional ? { required: false } : {}),
    })),
    pattern: tagPattern(tag),
    fromBlock: (match: RegExpMatchArray) =>
      Object.fromEntries(
        TAGS[tag].attributes.map((a, i) => [a.name, unquoted(match[i + 1] ?? '')]),
      ),
    toBlock: (data: Record<string, string | undefined>) => tagText(tag, data),
    toPreview: (data: Record<string, string | undefined>) =>
      `<p class="cms-tag">［${TAGS[tag].label}${Object.values(data).filter(Boolean).join('，') ? `：${Object.values(data).filter(Boolean).join('，')}` : ''}］</p>`,
  }));
}
