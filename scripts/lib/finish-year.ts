/**
 * Marks a draft year finished: removes `"draft": true` from content/<year>/report.json, changing
 * nothing else in the file (the line goes, and the comma it leaves behind). Used by
 * `node scripts/finish-year.ts <year>` (scripts/finish-year.ts), which the workflow "封存年度"
 * (.github/workflows/seal.yml) runs before `npm run seal`: a year is a draft until it is sealed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { formatJson } from './format-json.ts';

/**
 * The text of a report.json without `"draft": true`, or undefined when the file marks no draft (or
 * is not a JSON object: the check reports that). The line `"draft": true` is removed with the comma
 * it leaves on the member before it; a file written otherwise is formatted anew (formatJson).
 */
export async function withoutDraft(text: string): Promise<string | undefined> {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof report !== 'object' || report === null || Array.isArray(report)) return undefined;
  if ((report as Record<string, unknown>)['draft'] !== true) return undefined;
  const finished: Record<string, unknown> = { ...report };
  delete finished['draft'];

  const lines = text.split('\n');
  const draftLines = lines.flatMap((line, i) =>
    /^\s*"draft"\s*:\s*true\s*,?\s*$/.test(line) ? [i] : [],
  );
  if (draftLines.length === 1) {
    const at = draftLines[0]!;
    const kept = lines.filter((_, i) => i !== at);
    if (!lines[at]!.trimEnd().endsWith(',')) {
      // It was the last member: the member before it now is, and loses its comma.
      const before = kept.slice(0, at).findLastIndex((line) => line.trim() !== '');
      if (before >= 0) kept[before] = kept[before]!.replace(/,(\s*)$/, '$1');
    }
    const edited = kept.join('\n');
    try {
      if (isDeepStrictEqual(JSON.parse(edited), finished)) return edited;
    } catch {
      // Not valid after the edit: formatted anew below.
    }
  }
  return formatJson(finished);
}

/** Removes the draft mark of content/<year>/report.json below `root`; says what it did, in Chinese. */
export async function finishYear(
  root: string,
  year: string,
): Promise<{ changed: boolean; message: string }> {
  const file = `content/${year}/report.json`;
  const path = join(root, file);
  if (!existsSync(path)) {
    return { changed: false, message: `没有找到 ${file}，没有改动（npm run seal 会说明原因）。` };
  }
  const finished = await withoutDraft(readFileSync(path, 'utf8'));
  if (finished === undefined) {
    return {
      changed: false,
      message: `${file} 中没有 "draft": true，这一年已不是草稿，没有改动。`,
    };
  }
  writeFileSync(path, finished);
  return {
    changed: true,
    message: `已去掉 ${file} 中的 "draft": true：${year} 年不再是草稿，封存并合并后就会发布。`,
  };
}
