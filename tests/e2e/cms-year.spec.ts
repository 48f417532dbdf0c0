/**
 * An editor's year in the browser (issue 18): /admin/ against decap-server on a Git repository
 * whose 2018 was started with `npm run new-year`. A new case placed in a chapter with the Case
 * component, a paragraph written, the KPI values entered with a restatement of a 2017 value, a
 * photo uploaded, each entry sent to "ready" in the editorial workflow. Then the commits the server
 * wrote pass `npm run check` and Prettier, and the site built from them shows the new case.
 * A wrong entry is stopped before saving, in the check's words. Desktop only: an editor's tool.
 *
 * CMS_SCREENSHOTS=<folder> also saves the screens the editors' guide shows (content/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PROJECT_ROOT, startCmsSite, type CmsSite } from './support/cms-site.ts';

test.skip(({ isMobile }) => isMobile, 'the CMS is an editor’s desktop tool');
test.describe.configure({ mode: 'serial' });

const SCREENSHOTS = process.env['CMS_SCREENSHOTS'];
const PHOTO = join(PROJECT_ROOT, 'tests/fixtures/photos/content/2017/photos/solar-panels.png');

let site: CmsSite;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  site = await startCmsSite(
    join(PROJECT_ROOT, 'tests/fixtures/rules/base/content'),
    ({ script }) => {
      const created = script('new-year.ts', '2018');
      if (created.status !== 0) throw new Error(created.output);
    },
  );
});
test.afterAll(async () => {
  await site?.close();
});

async function shoot(page: Page, name: string) {
  if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function signIn(page: Page) {
  await page.goto(`${site.url}admin/`);
  await shoot(page, 'cms-sign-in');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('2018 年 · 数据文件').first()).toBeVisible({ timeout: 30_000 });
}

/** Opens a screen of the CMS afresh (a new page load: no state of the entry before is carried over). */
async function open(page: Page, hash: string) {
  await page.goto('about:blank');
  await page.goto(`${site.url}admin/${hash}`);
}

/** Opens the collapsed list item whose summary reads `summary`. */
async function expand(page: Page, summary: string) {
  await page.getByText(summary, { exact: true }).locator('..').getByRole('button').first().click();
}

/** Picks `option` in a select field (Decap's is react-select). */
async function choose(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function save(page: Page) {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const saved = page.getByText('修改已保存');
  const refused = page.getByText(/保存内容失败|你漏掉了一个必填项/);
  await expect(saved.or(refused).first()).toBeVisible({ timeout: 30_000 });
  // A refusal is told in full here, not as a missing "saved".
  expect(await refused.allInnerTexts()).toEqual([]);
}

/** Sets the open entry's status in the editorial workflow to "ready" (就绪). */
async function markReady(page: Page) {
  await page.getByRole('button', { name: /^状态: / }).click();
  await page
    .getByRole('menuitem', { name: '就绪' })
    .or(page.getByText('就绪', { exact: true }))
    .first()
    .click();
  await expect(page.getByRole('button', { name: '状态: 就绪' })).toBeVisible({ timeout: 30_000 });
}

/** The raw body editor of the open entry, its text replaced by `lines`. */
async function writeBody(page: Page, lines: string[]) {
  const body = page.locator('[data-slate-editor="true"]').last();
  await body.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    if (line) await page.keyboard.insertText(line);
  }
}

const branchFile = (branch: string, path: string) => site.git('show', `${branch}:${path}`);
const status = (branch: string) => site.git('config', `branch.${branch}.description`);

test('an editor’s 2018 in the browser: a case, a chapter, the KPI values and a photo, each a commit sent to ready', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page);
  await expect(page.getByText('年度信息（report.json）')).toBeVisible({ timeout: 30_000 });
  await shoot(page, 'cms-collections');

  await test.step('a new case, with a photo uploaded', async () => {
    await open(page, '#/collections/2018-cases/new');
    await page.locator('input[id^="file_id-field"]').fill('solar-plant');
    await page.locator('input[id^="title-field"]').fill('光伏电站建成投产');
    await choose(page, page.locator('input[id^="chapter-field"]'), 'intro');
    await page.locator('input[id^="section-field"]').fill('管理');
    await page.locator('input[id^="organisation-field"]').fill('测试机构');
    await choose(page, page.locator('input[id^="pillars-field"]'), 'management');
    await page.getByRole('button', { name: '新增图片' }).click();
    await page.locator('input[id^="caption-field"]').fill('光伏电站全景');
    await page.getByRole('button', { name: '选择图片' }).click();
    await page.locator('input[type="file"]').setInputFiles(PHOTO);
    // The upload is selected once it is in the library.
    await expect(page.getByText('solar-panels.png').first()).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await writeBody(page, ['2018 年，光伏电站建成投产。']);
    await shoot(page, 'cms-new-case');
    await save(page);
    await markReady(page);
  });

  await test.step('the chapter: a paragraph written, the case placed in its section', async () => {
    await open(page, '#/collections/2018-chapters/entries/01-intro');
    await expect(page.locator('input[id^="title-field"]')).toBeVisible({ timeout: 30_000 });
    await writeBody(page, [
      '2018 年的引言。',
      '',
      '## 管理',
      '',
      '2018 年，管理降碳继续推进。',
      '',
      '<Case id="solar-plant" />',
    ]);
    await shoot(page, 'cms-chapter-with-case');
    await save(page);
    await markReady(page);
  });

  await test.step('the KPI values of 2018, and a 2017 value restated with its reason', async () => {
    await open(page, '#/collections/2018-files/entries/kpis');
    await expect(page.locator('input[id^="title-field"]').first()).toBeVisible({ timeout: 30_000 });
    for (const item of ['ops', 'co2-change', 'office-power']) await expand(page, item);
    const values = page.locator('[id^="values-field"]');
    await values.nth(0).getByRole('button', { name: '添加年份' }).click();
    await values.nth(0).getByLabel('2018 年').fill('-3.2');
    await values.nth(1).getByRole('button', { name: '添加年份' }).click();
    await values.nth(1).getByLabel('2018 年').fill('355');
    await values.nth(1).getByLabel('2017 年').fill('380');
    await page.getByRole('button', { name: '新增重述' }).click();
    await choose(page, page.locator('input[id^="kpi-field"]').last(), 'office-power');
    await page.locator('input[id^="year-field"]').last().fill('2017');
    await page
      .locator('[id^="reason-field"]')
      .last()
      .fill('2018 年报告按新的统计口径重述了 2017 年办公用电量。');
    await shoot(page, 'cms-kpi-values');
    await save(page);
    await markReady(page);
  });

  // The editorial board: the three entries, ready.
  await open(page, '#/workflow');
  await expect(page.getByText('solar-plant · 光伏电站建成投产')).toBeVisible({ timeout: 30_000 });
  await shoot(page, 'cms-workflow');
  const branches = site
    .git('branch', '--list', 'cms/*')
    .split('\n')
    .map((b) => b.replace(/^[* ]+/, ''));
  expect(branches.sort()).toEqual([
    'cms/2018-cases/solar-plant',
    'cms/2018-chapters/01-intro',
    'cms/2018-files/kpis',
  ]);
  for (const branch of branches) expect(status(branch)).toBe('decap-cms/pending_publish');
  expect(branchFile('cms/2018-cases/solar-plant', 'content/2018/cases/solar-plant.mdx')).toBe(
    [
      '---',
      'title: 光伏电站建成投产',
      'chapter: intro',
      'section: 管理',
      'organisation: 测试机构',
      'pillars: [management]',
      'photos:',
      '  - caption: 光伏电站全景',
      '    src: solar-panels.png',
      '---',
      '',
      '2018 年，光伏电站建成投产。',
    ].join('\n'), // (git's output, trimmed of the file's last newline)
  );
  expect(
    site.git('cat-file', '-t', 'cms/2018-cases/solar-plant:content/2018/photos/solar-panels.png'),
  ).toBe('blob');
  const kpis = JSON.parse(branchFile('cms/2018-files/kpis', 'content/2018/kpis.json'));
  expect(kpis.groups[0].rows.map((r: { values: unknown }) => r.values)).toEqual([
    { '2016': -8.47, '2017': 14.45, '2018': -3.2 },
    { '2016': 300, '2017': 380, '2018': 355 },
  ]);
  expect(kpis.restatements).toEqual([
    {
      kpi: 'office-power',
      year: 2017,
      reason: '2018 年报告按新的统计口径重述了 2017 年办公用电量。',
    },
  ]);

  // The pull requests merged: the check, Prettier, and the site built with the draft shown.
  // (as GitHub does with a pull request: merged, then its branch deleted)
  for (const branch of branches) {
    site.git('merge', '-q', '--no-edit', branch);
    site.git('branch', '-q', '-D', branch);
  }
  const checked = site.script('check.ts');
  expect(checked.status, checked.output).toBe(0);
  expect(checked.output.split('\n').filter((line) => line.startsWith('- '))).toEqual([]);
  const prettier = site.run([
    join(PROJECT_ROOT, 'node_modules/prettier/bin/prettier.cjs'),
    '--check',
    'content',
  ]);
  expect(prettier.status, prettier.output).toBe(0);
  const built = site.build(true);
  expect(built.status, built.output).toBe(0);
  const chapter = readFileSync(join(site.repo, 'dist/2018/intro/index.html'), 'utf8');
  expect(chapter).toContain('光伏电站建成投产');
  expect(chapter).toContain('2018 年，管理降碳继续推进。');
});

test('a wrong entry is stopped before saving, in the check’s words; only the year’s pillars are offered', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  await open(page, '#/collections/2018-files/entries/kpis');
  await expect(page.locator('input[id^="title-field"]').first()).toBeVisible({ timeout: 30_000 });
  for (const item of ['ops', 'office-power']) await expand(page, item);
  const row = page.locator('[id^="values-field"]').nth(1);
  await row.getByLabel('2017 年').fill('-370');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(/保存内容失败/)).toContainText(
    'groups[0].rows[1].values.2017：指标 "office-power" 2017 年的数值为 -370，但该行衡量的是数量（"measure": "amount"），数量不能为负。',
  );
  await expect(page.getByText(/保存内容失败/)).toContainText('[kpi-value-range]');

  await open(page, '#/collections/2018-cases/new');
  await page.locator('input[id^="title-field"]').fill('集约用水'.repeat(30));
  await page.locator('input[id^="pillars-field"]').click();
  await expect(page.getByRole('option')).toHaveText(['management', 'living']);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('应为不超过 100 个字的文字')).toBeVisible();
  await expect(page.getByText('新建的案例需要一个标识（文件名），如 "solar-plant"')).toBeVisible();
  expect(site.git('branch', '--list', 'cms/2018-cases/*')).not.toContain('jiyue');
});

test('the editor screen has no accessibility violations, and asks nothing of another origin', async ({
  page,
}) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['127.0.0.1', 'localhost'].includes(url.hostname) &&
      url.protocol !== 'data:' &&
      url.protocol !== 'blob:'
    )
      outside.push(request.url());
  });
  await signIn(page);
  await open(page, '#/collections/2018-cases/entries/a-case');
  await expect(page.locator('input[id^="title-field"]')).toBeVisible({ timeout: 30_000 });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  expect(outside).toEqual([]);
});
