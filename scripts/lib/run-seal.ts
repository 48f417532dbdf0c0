/**
 * `npm run seal -- <year>` (scripts/seal.ts): records a finished year's fingerprints and KPI values
 * in content/published.json (src/pipeline/seals.ts says what a seal holds and how the check uses it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, type ContentProblem } from '../../src/data/problems.ts';
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
    return { ok: false, message: 'Name the year to seal, like: npm run seal -- 2017' };
  }
  const year = Number(arg);
  if (!existsSync(join(root, 'content', arg))) {
    return { ok: false, message: `There is no content/${arg}/ to seal.` };
  }
  const checked = await checkContent(root);
  const content = checked.years.find((y) => y.year === year);
  // The seal records what the check accepts; what it is about to record is no problem of its own.
  const blocking = checked.problems.filter(
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
      message: `The ${arg} report is a draft. Remove "draft": true from content/${arg}/report.json when it is done, then seal it.`,
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
      message: `Nothing was sealed: the KPI figures of content/${arg}/ do not agree with the ${arg} report as it was published.\n${list(kpis.problems)}`,
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
      .map((file) => `  ${file in before ? 'changed' : 'added'}: content/${arg}/${file}`),
    ...Object.keys(before)
      .filter((file) => !(file in after))
      .map((file) => `  removed: content/${arg}/${file}`),
  ];
  await writeSeals(root, { ...seals, [arg]: { files: after, kpis: kpis.values } });
  return {
    ok: true,
    message: previous
      ? `Sealed ${arg} again in ${SEALS_FILE}. ${changed.length ? `Since the last seal:\n${changed.join('\n')}` : 'Nothing had changed.'}`
      : `Sealed ${arg} (${Object.keys(after).length} files) in ${SEALS_FILE}: from now on npm run check reports any change to them.`,
  };
}
