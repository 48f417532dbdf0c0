/**
 * `npm run seal -- <year>` (scripts/seal.ts): records a finished year's fingerprints and KPI values
 * in content/published.json (src/pipeline/seals.ts says what a seal holds and how the check uses it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, type ContentProblem } from '../../src/data/content/problems.ts';
import { checkContent } from '../../src/pipeline/check-content.ts';
import {
  isLegacy,
  readSeals,
  restoreHint,
  sealedFiles,
  sealYear,
  SEALS_FILE,
  type Seals,
} from '../../src/pipeline/seals.ts';
import { checkSeal } from './seal-kpis.ts';
import { formatJson } from './format-json.ts';

export async function writeSeals(root: string, seals: Seals): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(seals).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(root, SEALS_FILE), await formatJson(sorted));
}

const list = (problems: readonly ContentProblem[]) =>
  problems.map((p) => `- ${formatProblem(p)}`).join('\n');

/**
 * `npm run seal -- <year>`: records the year's fingerprints and KPI values, and says which files
 * changed since the last seal. Refuses a year that is missing, a draft, whose files do not read
 * cleanly, or whose KPI figures differ from the sealed ones without a declared correction.
 * `today` (YYYY-MM-DD) dates the correction a refusal suggests.
 */
export async function runSeal(
  root: string,
  args: readonly string[],
  today = new Date().toISOString().slice(0, 10),
): Promise<{ ok: boolean; message: string }> {
  const [arg] = args;
  if (!arg || !/^\d{4}$/.test(arg) || args.length > 1) {
    return {
      ok: false,
      message: `没有封存：${
        args.length === 0
          ? '没有给出年份'
          : args.length > 1
            ? `给出了 ${args.length} 个参数（${args.map((a) => JSON.stringify(a)).join('、')}），但一次只能封存一个年份`
            : `${JSON.stringify(arg)} 不是四位数的年份`
      }。请写明要封存的年份，如：npm run seal -- 2017`,
    };
  }
  const year = Number(arg);
  if (!existsSync(join(root, 'content', arg))) {
    return {
      ok: false,
      message: `没有封存：找不到 content/${arg}/ 文件夹。请确认年份无误，并在项目根目录（有 package.json 的文件夹）中运行。`,
    };
  }
  const checked = await checkContent(root);
  const content = checked.years.find((y) => y.year === year);
  // The seal records what the check accepts; what it is about to record is no problem of its own.
  const blocking = [...checked.problems, ...checked.pending].filter(
    (p) => p.file.startsWith(`content/${arg}/`) && p.rule !== 'published-unchanged',
  );
  if (blocking.length > 0 || !content?.report) {
    return {
      ok: false,
      message: `没有封存：npm run check 在 content/${arg}/ 中发现 ${blocking.length} 个问题，先改正它们：\n${list(blocking)}`,
    };
  }
  if (content.report.data.draft) {
    return {
      ok: false,
      message: `没有封存：${arg} 年的报告还是草稿（content/${arg}/report.json 中有 "draft": true）。只有完成的报告才能封存。报告完成后，请删除 "draft": true，再运行 npm run seal -- ${arg}。`,
    };
  }
  const seals = readSeals(root) ?? {};
  const previous = seals[arg];
  const kpiFile = `content/${arg}/kpis.json`;
  const kpis = checkSeal({
    year,
    file: kpiFile,
    text: existsSync(join(root, kpiFile)) ? readFileSync(join(root, kpiFile), 'utf8') : '',
    table: content.kpis?.data,
    sealed: previous && !isLegacy(previous) ? previous.kpis : undefined,
    restore: () => (previous ? restoreHint(root, arg, 'kpis.json', previous) : undefined),
    today,
  });
  if (!kpis.ok) {
    return {
      ok: false,
      message: `没有封存：content/${arg}/ 中的指标数值与已发布的 ${arg} 年报告不一致：\n${list(kpis.problems)}`,
    };
  }
  const after = sealYear(root, year);
  const { files: before, matches } = previous
    ? sealedFiles(previous)
    : { files: {}, matches: () => false };
  const changedSince = (file: string) =>
    !matches(file, readFileSync(join(root, 'content', arg, file), 'utf8'));
  const changed = [
    ...Object.keys(after)
      .filter((file) => !(file in before) || changedSince(file))
      .map((file) => `  ${file in before ? '修改' : '新增'}：content/${arg}/${file}`),
    ...Object.keys(before)
      .filter((file) => !(file in after))
      .map((file) => `  删除：content/${arg}/${file}`),
  ];
  await writeSeals(root, { ...seals, [arg]: { files: after, kpis: kpis.values } });
  return {
    ok: true,
    message: previous
      ? `已重新封存 ${arg} 年，记录在 ${SEALS_FILE} 中。${changed.length ? `自上次封存以来：\n${changed.join('\n')}` : '自上次封存以来没有变化。'}`
      : `已封存 ${arg} 年（${Object.keys(after).length} 个文件），记录在 ${SEALS_FILE} 中：此后 npm run check 会报告对这些文件的任何修改。`,
  };
}
