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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import type { ContentProblem } from '../data/problems.ts';
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
  return (
    readdirSync(folder, { recursive: true, withFileTypes: true })
      // An empty keep-file (.gitkeep) holds a folder open in git; it is not content.
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
      .sort()
  );
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
    throw new Error(
      `it is not in the format npm run seal writes: ${parsed.error.issues[0]?.message}`,
    );
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
    `If the change is a deliberate correction, run \`npm run seal -- ${year}\` and say why in the pull request (a corrected KPI figure must also be declared in "corrections" of content/${year}/kpis.json)`;
  for (const [year, seal] of Object.entries(seals)) {
    const folder = join(root, 'content', year);
    if (!existsSync(folder)) {
      const { files, matches } = sealedFiles(seal);
      const commit = sealedFolderCommit(root, `content/${year}`, Object.keys(files), matches);
      problems.push({
        file: `content/${year}`,
        field: '(folder)',
        message: `The ${year} report is published, but its folder is gone. Restore it${commit ? ` (${restoreCommand(commit, `content/${year}`)})` : ''}, or remove "${year}" from ${SEALS_FILE} if it is to be unpublished.`,
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
      const where = ' (no commit of this branch holds the version that was sealed)';
      problems.push({
        file: path,
        field: '(file)',
        message: changed
          ? `This file of the published ${year} report has changed. Undo the change${hint ? ` (${hint})` : ` by hand${where}`}. ${reseal(year)}.`
          : `This file of the published ${year} report is gone. Restore it${hint ? ` (${hint})` : ` from a copy${where}`}. ${reseal(year)}.`,
      });
    }
    for (const file of present) {
      if (!(file in files)) {
        problems.push({
          file: `content/${year}/${file}`,
          field: '(file)',
          message: `This file was added to the published ${year} report. Remove it. ${reseal(year)}.`,
        });
      }
    }
  }
  for (const year of published) {
    if (!(String(year) in seals)) {
      problems.push({
        file: `content/${year}/report.json`,
        field: 'draft',
        message: `The ${year} report is no longer a draft, so it will be published, but it is not sealed. Run \`npm run seal -- ${year}\` to record it in ${SEALS_FILE}, or mark it "draft": true until it is done.`,
      });
    }
  }
  return problems;
}
