/**
 * The environment variables the site and its scripts read, validated once with zod and handed on
 * as typed values: astro.config (through src/site-config.ts), the pages and the tools in scripts/
 * read `environment()`, never process.env. A wrong value stops the build or the tool with a
 * message naming the variable, its value and what is expected, every wrong variable at once.
 *
 * A plain module rather than astro:env: the tools in scripts/ run in plain Node, outside Astro.
 */
import { z } from 'astro/zod';
import { BASE_PATH_VARIABLE, badBaseSegment, basePath } from '../data/site/base-path.ts';

/** An unset and an empty variable mean the same: not set. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const webAddress = z.string().refine((value) => /^https?:$/.test(URL.parse(value)?.protocol ?? ''));

/** A variable: its schema over the text in the environment, and what it should be, in words. */
interface Variable {
  schema: z.ZodType<string | undefined, unknown>;
  expected: string;
  /** What is wrong with the value, where the schema can say more than that it is wrong. */
  detail?: (value: string) => string;
}

const VARIABLES = {
  SITE_URL: {
    schema: optional(webAddress),
    expected:
      '应为网站的公开地址，以 http:// 或 https:// 开头，如 SITE_URL=https://example.com；不设则链接保持相对',
  },
  [BASE_PATH_VARIABLE]: {
    schema: z
      .string()
      .optional()
      .refine((value) => badBaseSegment(value) === undefined),
    expected:
      '应为网站所在的文件夹，如 BASE_PATH=/reports/carbon/（斜杠之间只用字母、数字和 . _ ~ -）；不设则为网站根目录',
    detail: (value: string) => `其中的 "${badBaseSegment(value)}" 不能作为网址中的文件夹`,
  },
  SHOW_DRAFTS: {
    schema: optional(z.enum(['true', 'false'])),
    expected: '应为 true（显示草稿年份，预览用）或 false；不设即为 false',
  },
  PUBLISH_LINKS: {
    schema: optional(z.literal('deferred')),
    expected: '应为 deferred（只由 npm run build 设置）或不设',
  },
  CMS_REPO: {
    schema: optional(z.string().regex(/^[\w.-]+\/[\w.-]+$/)),
    expected: '应为 GitHub 仓库的“所有者/名称”，如 CMS_REPO=chinalco/carbon-report',
  },
  CMS_BRANCH: { schema: optional(z.string()), expected: '应为分支名' },
  CMS_AUTH_URL: {
    schema: optional(webAddress),
    expected: '应为 OAuth 代理的地址，以 http:// 或 https:// 开头',
  },
  CMS_AUTH_ENDPOINT: { schema: optional(z.string()), expected: '应为 OAuth 代理上的路径' },
  CMS_LOCAL_BACKEND_URL: {
    schema: optional(webAddress),
    expected: '应为 decap-server 的地址，如 CMS_LOCAL_BACKEND_URL=http://localhost:8081/api/v1',
  },
  CHROMIUM_PATH: { schema: optional(z.string()), expected: '应为 Chromium 可执行文件的路径' },
  // Empty means "no candidates" (a test plays a bare machine), so it is not the same as unset.
  CHROMIUM_CANDIDATES: {
    schema: z.string().optional(),
    expected: '应为以冒号分隔的 Chromium 路径列表',
  },
  PDF_STEP_TIMEOUT_MS: {
    schema: optional(z.string().regex(/^[1-9]\d*$/)),
    expected: '应为正整数（毫秒），如 PDF_STEP_TIMEOUT_MS=120000',
  },
} satisfies Record<string, Variable>;

type Name = keyof typeof VARIABLES;

/** What the site and the scripts receive. */
export interface Environment {
  /** SITE_URL: the public address, for canonical links, the sitemap and the PDFs' links. */
  siteUrl: string | undefined;
  /** BASE_PATH as Astro's `base`: `/`, or a folder with a slash at each end. */
  basePath: string;
  /** SHOW_DRAFTS=true: a preview build that shows draft years. */
  showDrafts: boolean;
  /** PUBLISH_LINKS=deferred: the publishing build's site pass (src/data/publish/publish-links.ts). */
  linksDeferred: boolean;
  /** The CMS's backend (src/cms/years.ts). */
  cms: {
    repo: string;
    branch: string;
    authUrl: string | undefined;
    authEndpoint: string | undefined;
    localBackendUrl: string | undefined;
  };
  /** CHROMIUM_PATH: the Chromium to drive. */
  chromiumPath: string | undefined;
  /** CHROMIUM_CANDIDATES: where to look for a system Chromium instead of the usual places. */
  chromiumCandidates: string[] | undefined;
  /** PDF_STEP_TIMEOUT_MS: how long one step of rendering a PDF may take. */
  pdfStepTimeoutMs: number;
}

/** Wrong environment variables, said for the person who set them. */
export class EnvironmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvironmentError';
  }
}

/** The environment from a set of variables (process.env, or a test's), or every problem in it. */
export function readEnvironment(vars: Record<string, string | undefined>): Environment {
  const values: Partial<Record<Name, string>> = {};
  const problems: string[] = [];
  for (const [name, variable] of Object.entries(VARIABLES) as [Name, Variable][]) {
    const value = vars[name];
    const parsed = variable.schema.safeParse(value);
    if (parsed.success) {
      if (parsed.data !== undefined) values[name] = parsed.data;
      continue;
    }
    const detail = value !== undefined && variable.detail ? `${variable.detail(value)}；` : '';
    problems.push(`环境变量 ${name} 是 ${JSON.stringify(value)}，${detail}${variable.expected}。`);
  }
  if (problems.length > 0) throw new EnvironmentError(problems.join('\n'));
  return {
    siteUrl: values.SITE_URL,
    basePath: basePath(values.BASE_PATH),
    showDrafts: values.SHOW_DRAFTS === 'true',
    linksDeferred: values.PUBLISH_LINKS === 'deferred',
    cms: {
      repo: values.CMS_REPO ?? 'chinalco/carbon-report',
      branch: values.CMS_BRANCH ?? 'main',
      authUrl: values.CMS_AUTH_URL,
      authEndpoint: values.CMS_AUTH_ENDPOINT,
      localBackendUrl: values.CMS_LOCAL_BACKEND_URL,
    },
    chromiumPath: values.CHROMIUM_PATH,
    chromiumCandidates: values.CHROMIUM_CANDIDATES?.split(':').filter(Boolean),
    pdfStepTimeoutMs: Number(values.PDF_STEP_TIMEOUT_MS ?? 120_000),
  };
}

let read: Environment | undefined;

/**
 * This process's environment, read and validated on first use. Wrong variables stop the process
 * (the build, the dev server, a tool) with the message alone: a stack trace would bury it.
 */
export function environment(): Environment {
  try {
    read ??= readEnvironment(process.env);
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  return read;
}
