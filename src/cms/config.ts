/**
 * Decap CMS's configuration, built from the one table of content kinds (schemas/content-kinds.ts)
 * and the zod schemas the check uses: never written by hand, so the CMS and the check cannot
 * disagree. Pure: the years and their pillar and chapter ids are handed in (cms/years.ts reads them).
 */
import { CONTENT_KINDS, COLLECTION_NAMES, type CollectionName } from '../schemas/content-kinds.ts';
import { type CmsField, type References, objectFields } from './fields.ts';
import { JSON_FORMAT, MDX_FORMAT } from './formats.ts';
import { labelOf } from './labels.ts';
import { shapeOf } from './schema-shape.ts';

/** A year folder of content/, with the enumerations its files define. */
export interface CmsYear extends References {
  year: number;
}

/** Where the CMS commits: GitHub, through an OAuth proxy, or decap-server on this machine. */
export interface CmsBackend {
  /** owner/name of the GitHub repository. */
  repo: string;
  branch: string;
  /** The OAuth proxy's address (GitHub sign-in needs one); Decap's default is Netlify's. */
  baseUrl?: string;
  authEndpoint?: string;
  /** decap-server's API address, when not http://localhost:8081/api/v1. */
  localBackendUrl?: string;
}

/** What each kind of file is called in the CMS. */
export const KIND_LABELS: Record<CollectionName, string> = {
  reports: '年度信息（report.json）',
  chapters: '章节',
  cases: '案例',
  pillars: '五大降碳（pillars.json）',
  honours: '荣誉（honours.json）',
  kpis: '绩效指标（kpis.json）',
  tables: '文中数据表（tables.json）',
};

/** The markdown widget of an MDX body. Raw mode only: Decap's rich mode escapes MDX (issue #7158). */
export const BODY_FIELD: CmsField = {
  name: 'body',
  label: labelOf('body'),
  widget: 'markdown',
  modes: ['raw'],
  hint: '只用 ##、### 标题、段落、列表、加粗、链接和内容标签（如 <Case id="…" />），见编辑指南。',
};

const fieldsOf = (name: CollectionName, refs: References): CmsField[] => {
  const shape = shapeOf(CONTENT_KINDS[name].schema);
  if (shape.type !== 'object') throw new Error(`${name}: 内容的 schema 应为对象`);
  return objectFields(shape, refs, name === 'reports' ? 'report' : undefined);
};

/**
 * A new case's file name, which is its id: asked for when the case is created, never written into
 * the file (the admin page drops it before writing), and shown, not editable, for a case that exists.
 */
export const NEW_FILE_FIELD = 'file_id';

const newCaseFileField = (year: number, taken: readonly string[]): CmsField => ({
  name: NEW_FILE_FIELD,
  label: '案例标识（文件名，新建时必填）',
  widget: 'file-id',
  required: false,
  taken: [...taken],
  hint: `新建案例时填写：小写英文字母、数字和连字符，如 "solar-plant"。案例保存为 content/${year}/cases/solar-plant.mdx，在章节正文中用 <Case id="solar-plant" /> 放置。`,
});

const photosOf = (year: number) => ({
  media_folder: `/content/${year}/photos`,
  public_folder: '',
});

/** The collections of one year: its JSON files together, then one folder collection per MDX kind. */
export function yearCollections({ year, ...refs }: CmsYear): Record<string, unknown>[] {
  const dir = `content/${year}`;
  const json = COLLECTION_NAMES.filter((name) => CONTENT_KINDS[name].format === 'json');
  const mdx = COLLECTION_NAMES.filter((name) => CONTENT_KINDS[name].format === 'mdx');
  const files = {
    name: `${year}-files`,
    label: `${year} 年 · 数据文件`,
    label_singular: `${year} 年数据文件`,
    editor: { preview: false },
    // Decap reads a files collection's format from the collection, not from each file.
    format: JSON_FORMAT,
    extension: 'json',
    ...photosOf(year),
    files: json.map((name) => ({
      name,
      label: KIND_LABELS[name],
      file: `${dir}/${CONTENT_KINDS[name].pattern}`,
      format: JSON_FORMAT,
      fields: fieldsOf(name, refs),
    })),
  };
  const folders = mdx.map((name) => {
    const [folder, extension] = CONTENT_KINDS[name].pattern.split('/*.') as [string, string];
    return {
      name: `${year}-${name}`,
      label: `${year} 年 · ${KIND_LABELS[name]}`,
      folder: `${dir}/${folder}`,
      extension,
      format: MDX_FORMAT,
      // A case is new content an editor adds; chapters come with the year (npm run new-year),
      // their order and ids set in report.json.
      create: name === 'cases',
      delete: false,
      identifier_field: 'title',
      summary: '{{filename}} · {{title}}',
      ...(name === 'cases' ? { slug: `{{fields.${NEW_FILE_FIELD}}}` } : {}),
      ...photosOf(year),
      fields: [
        ...(name === 'cases' ? [newCaseFileField(year, refs.cases ?? [])] : []),
        ...fieldsOf(name, refs),
        BODY_FIELD,
      ],
    };
  });
  return [files, ...folders];
}

/** The whole configuration: every year of content/, newest first. */
export function buildCmsConfig(years: CmsYear[], backend: CmsBackend): Record<string, unknown> {
  const newest =
    years.length > 0 ? Math.max(...years.map((y) => y.year)) : new Date().getFullYear();
  return {
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      open_authoring: true,
      ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
      ...(backend.authEndpoint ? { auth_endpoint: backend.authEndpoint } : {}),
      commit_messages: {
        create: '新建 {{collection}}：{{slug}}',
        update: '修改 {{collection}}：{{slug}}',
        delete: '删除 {{collection}}：{{slug}}',
        uploadMedia: '上传图片 {{path}}',
        deleteMedia: '删除图片 {{path}}',
        openAuthoring: '{{message}}',
      },
    },
    local_backend: backend.localBackendUrl ? { url: backend.localBackendUrl } : true,
    publish_mode: 'editorial_workflow',
    locale: 'zh_Hans',
    site_url: '/',
    load_config_file: false,
    media_folder: `content/${newest}/photos`,
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [...years].sort((a, b) => b.year - a.year).flatMap(yearCollections),
  };
}
