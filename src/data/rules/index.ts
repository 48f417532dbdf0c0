/**
 * The rules that stop `astro build` as well as `npm run check`. Rules about the files themselves
 * run in the content loaders (src/content.config.ts), before Astro parses a file; rules about the
 * validated content run when the site is loaded (src/data/site.ts). scripts/lib/rules/ adds the
 * rules only `npm run check` runs.
 */
import { draftPlacement } from './draft-placement.ts';
import { fileEncoding } from './file-encoding.ts';
import { fileName } from './file-name.ts';
import { finishedYear } from './finished-year.ts';
import { correctionDeclared, kpiIdContinuity, restatementDeclared } from './kpi-history-rules.ts';
import { kpiValueRange } from './kpi-value-range.ts';
import { kpiYears } from './kpi-years.ts';
import { photoFile } from './photo-file.ts';
import { references } from './references.ts';
import { reportPeriod } from './report-period.ts';
import type { AsyncRule, Rule } from './rule.ts';
import { uniqueEntryId } from './unique-entry-id.ts';
import { uniqueKpiId } from './unique-kpi-id.ts';

/** Rules over the raw files: encoding, names, ids claimed twice. */
export const SOURCE_RULES: readonly Rule[] = [fileEncoding, fileName, uniqueEntryId];

/** Rules over the years as read and validated. */
export const CONTENT_RULES: readonly Rule[] = [
  references,
  draftPlacement,
  finishedYear,
  reportPeriod,
  kpiYears,
  uniqueKpiId,
  kpiValueRange,
  kpiIdContinuity,
  restatementDeclared,
  correctionDeclared,
];

/** Rules that read picture files as they check. */
export const FILE_READING_RULES: readonly AsyncRule[] = [photoFile];
