/**
 * Published years are sealed: content/published.json records, for every published year, a
 * fingerprint of every file (fingerprint.ts: formatting does not count) and the KPI values as
 * first published. `npm run check` then reports any file of a published year that changed,
 * disappeared or appeared, and a published year that is gone. Published data changes only through
 * `npm run seal -- <year>`, which shows in the pull request and accepts a changed KPI figure only
 * when kpis.json declares it as a correction (kpis.json › corrections), which the site then shows.
 * The first seal format (fingerprints of the raw text, no KPI values) is still read and checked;
 * sealing such a year again rewrites its seal in the current format.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { globSync } from 'tinyglobby';
import type { ContentProblem } from '../data/content/problems.ts';
import { fingerprint, fingerprintText, legacyFingerprint } from './fingerprint.ts';
import { restoreCommand, sealedCommit, sealedFolderCommit } from './sealed-version.ts';
import { kpiValueSchema } from '../schemas/kpi.ts';

export const SEALS_FILE = 'content/published.json';

const yearSealSchema = z.strictObject({
  /** Path inside the year folder → fingerprint of the file's canonical form. */
  files: z.record(z.string(), z.string()),
  /** KPI row id → data year → the value as first published (corrections do not change it). */
  kpis: z.record(z.string(), z.record(z.string(), kpiValueSchema)),
});
/** The first seal format: path → fingerprint of the text, no KPI values. */
const legacySealSchema = z.record(z.string(), z.string());
const sealsSchema = z.record(z.string(), z.union([yearSealSchema, legacySealSchema]));

export type YearSeal = z.output<typeof yearSealSchema>;
type LegacySeal = z.output<typeof legacySealSchema>;
/** Year → its seal. */
export type Seals = Record<string, YearSeal | LegacySeal>;

export const isLegacy = (seal: YearSeal | LegacySeal): seal is LegacySeal =>
  !('files' in seal && typeof seal['files'] === 'object');

/**
 * The recorded fingerprints of a seal (path inside the year folder → fingerprint), and whether a
 * text is the sealed version of one of those files, fingerprinted as that seal's format does.
 */
export function sealedFiles(seal: YearSeal | LegacySeal) {
  const files = isLegacy(seal) ? seal : seal.files;
  const matches = (file: string, text: string) =>
    files[file] === (isLegacy(seal) ? legacyFingerprint(text) : fingerprintText(file, text));
  return { files, matches };
}

/** The files of a year folder, as paths inside it, sorted. */
function filesOf(folder: string): string[] {
  // Hidden files are left out: an empty keep-file (.gitkeep) holds a folder open in git; it is not content.
  return globSync('**', { cwd: folder }).sort();
}

/** Fingerprints every file of content/<year>/. */
export function sealYear(root: string, year: number): Record<string, string> {
  const folder = join(root, 'content', String(year));
  return Object.fromEntries(filesOf(folder).map((file) => [file, fingerprint(join(folder, file))]));
}

/** The seals recorded under root, or undefined when none are (nothing is sealed yet). */
export function readSeals(root: string): Seals | undefined {
  const path = join(root, SEALS_FILE);
  if (!existsSync(path)) return undefined;
  const parsed = sealsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(`格式不是 npm run seal 写出的格式：${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/**
 * How to get a sealed file back: a command restoring the version the seal recorded from the
 * current branch's history (so it works before the year reaches main), when one holds it.
 */
export function restoreHint(
  root: string,
  year: string,
  file: string,
  seal: YearSeal | LegacySeal,
): string | undefined {
  const path = `content/${year}/${file}`;
  const commit = sealedCommit(root, path, (text) => sealedFiles(seal).matches(file, text));
  return commit ? restoreCommand(commit, path) : undefined;
}

/**
 * Compares the published years' files with their seals. `published` lists the years in content/
 * that are not drafts: once anything is sealed, each of them must be sealed too.
 */
export function checkSeals(
  root: string,
  seals: Seals | undefined,
  published: readonly number[],
): ContentProblem[] {
  if (!seals) return [];
  const problems: ContentProblem[] = [];
  const reseal = (year: string) =>
    `若这是有意的更正，请运行 npm run seal -- ${year} 重新封存，并在合并请求中说明原因（更正的指标数值还须在 content/${year}/kpis.json 的 "corrections" 中声明）。`;
  for (const [year, seal] of Object.entries(seals)) {
    const folder = join(root, 'content', year);
    if (!existsSync(folder)) {
      const { files, matches } = sealedFiles(seal);
      const commit = sealedFolderCommit(root, `content/${year}`, Object.keys(files), matches);
      problems.push({
        file: `content/${year}`,
        field: '(folder)',
        message: `${year} 年的报告已发布，但它的文件夹 content/${year}/ 不见了。已发布的报告应一直保留。请恢复这个文件夹${commit ? `（${restoreCommand(commit, `content/${year}`)}）` : ''}；若确要撤下这份报告，请从 ${SEALS_FILE} 中删除 "${year}"。`,
      });
      continue;
    }
    const { files, matches } = sealedFiles(seal);
    const present = new Set(filesOf(folder));
    for (const file of Object.keys(files)) {
      const path = `content/${year}/${file}`;
      const changed = present.has(file) && !matches(file, readFileSync(join(folder, file), 'utf8'));
      if (present.has(file) && !changed) continue;
      const hint = restoreHint(root, year, file, seal);
      const where = '当前分支的历史中找不到封存时的版本';
      problems.push({
        file: path,
        field: '(file)',
        message: changed
          ? `这是已发布的 ${year} 年报告的文件，它与封存时不同了。已发布的文件应保持不变。请撤销修改${hint ? `（${hint}）` : `（${where}，只能手动改回）`}。${reseal(year)}`
          : `这是已发布的 ${year} 年报告的文件，它不见了。已发布的文件应一直保留。请恢复它${hint ? `（${hint}）` : `（${where}，只能从备份中找回）`}。${reseal(year)}`,
      });
    }
    for (const file of present) {
      if (!(file in files)) {
        problems.push({
          file: `content/${year}/${file}`,
          field: '(file)',
          message: `这个文件是新加进已发布的 ${year} 年报告的，封存时没有它。已发布的报告不应增加文件。请删除它。${reseal(year)}`,
        });
      }
    }
  }
  for (const year of published) {
    if (!(String(year) in seals)) {
      problems.push({
        file: `content/${year}/report.json`,
        field: 'draft',
        message: `${year} 年的报告已不是草稿，会被发布，但还没有封存。发布的报告都应封存。请运行 npm run seal -- ${year}，把它记录到 ${SEALS_FILE}；若还没完成，请在 report.json 中加上 "draft": true。`,
      });
    }
  }
  return problems;
}
