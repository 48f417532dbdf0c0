/**
 * Published years are sealed: content/published.json records a fingerprint (SHA-256) of every
 * file of every published year. `npm run check` then reports any file of a published year that
 * changed, disappeared or appeared, and a published year that is gone, so published data can only
 * change deliberately: by running `npm run seal -- <year>`, which shows in the pull request.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, type ContentProblem } from '../../src/data/problems.ts';
import { readYear } from './read-content.ts';

/** Year → (path inside the year folder → SHA-256 of the file). */
export type Seals = Record<string, Record<string, string>>;

export const SEALS_FILE = 'content/published.json';

/** The files of a year folder, as paths inside it, sorted. */
function filesOf(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * The fingerprint of a file's text: line endings and a byte-order mark do not count. A picture is
 * fingerprinted by its bytes: read as text, any two invalid byte sequences would read alike.
 */
function fingerprint(path: string): string {
  if (!/\.(json|mdx?)$/.test(path))
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  const text = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  return createHash('sha256').update(text).digest('hex');
}

/** Fingerprints every file of content/<year>/. */
export function sealYear(root: string, year: number): Record<string, string> {
  const folder = join(root, 'content', String(year));
  return Object.fromEntries(filesOf(folder).map((file) => [file, fingerprint(join(folder, file))]));
}

/** The seals recorded under root, or undefined when none are (nothing is sealed yet). */
export function readSeals(root: string): Seals | undefined {
  const path = join(root, SEALS_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Seals) : undefined;
}

export function writeSeals(root: string, seals: Seals): void {
  const sorted = Object.fromEntries(Object.entries(seals).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(root, SEALS_FILE), `${JSON.stringify(sorted, null, 2)}\n`);
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
    `If the change is a deliberate correction, run \`npm run seal -- ${year}\` and say why in the pull request`;
  for (const [year, files] of Object.entries(seals)) {
    const folder = join(root, 'content', year);
    if (!existsSync(folder)) {
      problems.push({
        file: `content/${year}`,
        field: '(folder)',
        message: `The ${year} report is published, but its folder is gone. Restore it (git checkout main -- content/${year}), or remove "${year}" from ${SEALS_FILE} if it is to be unpublished.`,
      });
      continue;
    }
    const present = new Set(filesOf(folder));
    for (const [file, sealed] of Object.entries(files)) {
      const path = `content/${year}/${file}`;
      if (!present.has(file)) {
        problems.push({
          file: path,
          field: '(file)',
          message: `This file of the published ${year} report is gone. Restore it (git checkout main -- ${path}). ${reseal(year)}.`,
        });
      } else if (fingerprint(join(folder, file)) !== sealed) {
        problems.push({
          file: path,
          field: '(file)',
          message: `This file of the published ${year} report has changed. Undo the change (git checkout main -- ${path}). ${reseal(year)}.`,
        });
      }
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

/**
 * `npm run seal -- <year>`: records the year's fingerprints, and says which files changed since the
 * last seal. Refuses a year that is missing, a draft, or whose files do not read cleanly.
 */
export function runSeal(root: string, args: readonly string[]): { ok: boolean; message: string } {
  const [arg] = args;
  if (!arg || !/^\d{4}$/.test(arg) || args.length > 1) {
    return { ok: false, message: 'Name the year to seal, like: npm run seal -- 2017' };
  }
  const year = Number(arg);
  if (!existsSync(join(root, 'content', arg))) {
    return { ok: false, message: `There is no content/${arg}/ to seal.` };
  }
  const read = readYear(root, year);
  if (read.problems.length > 0 || !read.content.report) {
    return {
      ok: false,
      message: `content/${arg}/ has problems; fix them first (npm run check):\n${read.problems.map((p) => `- ${formatProblem(p)}`).join('\n')}`,
    };
  }
  if (read.content.report.data.draft) {
    return {
      ok: false,
      message: `The ${arg} report is a draft. Remove "draft": true from content/${arg}/report.json when it is done, then seal it.`,
    };
  }
  const seals = readSeals(root) ?? {};
  const before = seals[arg] ?? {};
  const after = sealYear(root, year);
  const changed = [
    ...Object.keys(after)
      .filter((file) => before[file] !== after[file])
      .map((file) => `  ${file in before ? 'changed' : 'added'}: content/${arg}/${file}`),
    ...Object.keys(before)
      .filter((file) => !(file in after))
      .map((file) => `  removed: content/${arg}/${file}`),
  ];
  writeSeals(root, { ...seals, [arg]: after });
  return {
    ok: true,
    message:
      arg in seals
        ? `Sealed ${arg} again in ${SEALS_FILE}. ${changed.length ? `Since the last seal:\n${changed.join('\n')}` : 'Nothing had changed.'}`
        : `Sealed ${arg} (${Object.keys(after).length} files) in ${SEALS_FILE}: from now on npm run check reports any change to them.`,
  };
}
