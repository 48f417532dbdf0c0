import { describe, expect, test } from 'vitest';
import { EnvironmentError, readEnvironment } from '../../../src/config/env.ts';

const problem = (vars: Record<string, string>) => {
  try {
    readEnvironment(vars);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvironmentError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('readEnvironment', () => {
  test('nothing set: a build for the root of a host, no drafts, links only to what exists', () => {
    expect(readEnvironment({})).toEqual({
      siteUrl: undefined,
      basePath: '/',
      showDrafts: false,
      linksDeferred: false,
      cms: {
        repo: 'chinalco/carbon-report',
        branch: 'main',
        authUrl: undefined,
        authEndpoint: undefined,
        localBackendUrl: undefined,
      },
      chromiumPath: undefined,
      chromiumCandidates: undefined,
      pdfStepTimeoutMs: 120_000,
    });
  });

  test('every variable read into its typed value', () => {
    expect(
      readEnvironment({
        SITE_URL: 'https://example.com',
        BASE_PATH: 'reports/carbon',
        SHOW_DRAFTS: 'true',
        PUBLISH_LINKS: 'deferred',
        CMS_REPO: 'o/r',
        CMS_BRANCH: 'next',
        CMS_AUTH_URL: 'https://auth.example.com',
        CMS_AUTH_ENDPOINT: 'auth',
        CMS_LOCAL_BACKEND_URL: 'http://localhost:8081/api/v1',
        CHROMIUM_PATH: '/opt/chromium',
        CHROMIUM_CANDIDATES: '/a:/b',
        PDF_STEP_TIMEOUT_MS: '5000',
      }),
    ).toEqual({
      siteUrl: 'https://example.com',
      basePath: '/reports/carbon/',
      showDrafts: true,
      linksDeferred: true,
      cms: {
        repo: 'o/r',
        branch: 'next',
        authUrl: 'https://auth.example.com',
        authEndpoint: 'auth',
        localBackendUrl: 'http://localhost:8081/api/v1',
      },
      chromiumPath: '/opt/chromium',
      chromiumCandidates: ['/a', '/b'],
      pdfStepTimeoutMs: 5000,
    });
  });

  test('an empty variable is an unset one, but no Chromium candidates is a list of none', () => {
    const env = readEnvironment({
      SITE_URL: '',
      SHOW_DRAFTS: '',
      CMS_REPO: '',
      CHROMIUM_CANDIDATES: '',
    });
    expect(env.siteUrl).toBeUndefined();
    expect(env.showDrafts).toBe(false);
    expect(env.cms.repo).toBe('chinalco/carbon-report');
    expect(env.chromiumCandidates).toEqual([]);
  });

  test.each([
    [
      { SITE_URL: 'example.com' },
      '环境变量 SITE_URL 是 "example.com"，应为网站的公开地址，以 http:// 或 https:// 开头，如 SITE_URL=https://example.com；不设则链接保持相对。',
    ],
    [
      { BASE_PATH: '/reports/碳 报告/' },
      '环境变量 BASE_PATH 是 "/reports/碳 报告/"，其中的 "碳 报告" 不能作为网址中的文件夹；应为网站所在的文件夹，如 BASE_PATH=/reports/carbon/（斜杠之间只用字母、数字和 . _ ~ -）；不设则为网站根目录。',
    ],
    [
      { SHOW_DRAFTS: 'yes' },
      '环境变量 SHOW_DRAFTS 是 "yes"，应为 true（显示草稿年份，预览用）或 false；不设即为 false。',
    ],
    [
      { PUBLISH_LINKS: 'yes' },
      '环境变量 PUBLISH_LINKS 是 "yes"，应为 deferred（只由 npm run build 设置）或不设。',
    ],
    [
      { CMS_LOCAL_BACKEND_URL: 'localhost:8081' },
      '环境变量 CMS_LOCAL_BACKEND_URL 是 "localhost:8081"，应为 decap-server 的地址，如 CMS_LOCAL_BACKEND_URL=http://localhost:8081/api/v1。',
    ],
    [
      { PDF_STEP_TIMEOUT_MS: '2 min' },
      '环境变量 PDF_STEP_TIMEOUT_MS 是 "2 min"，应为正整数（毫秒），如 PDF_STEP_TIMEOUT_MS=120000。',
    ],
  ])('%j is refused, naming the variable, the value and what is expected', (vars, message) => {
    expect(problem(vars)).toBe(message);
  });

  test('every wrong variable is named at once', () => {
    expect(problem({ SHOW_DRAFTS: '1', CMS_REPO: 'carbon-report' }).split('\n')).toEqual([
      '环境变量 SHOW_DRAFTS 是 "1"，应为 true（显示草稿年份，预览用）或 false；不设即为 false。',
      '环境变量 CMS_REPO 是 "carbon-report"，应为 GitHub 仓库的“所有者/名称”，如 CMS_REPO=chinalco/carbon-report。',
    ]);
  });
});
