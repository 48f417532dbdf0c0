/**
 * The rules that stop `astro build` as well as `npm run check`. Rules about the files themselves
 * run in the content loaders (src/content.config.ts), before Astro parses a file; rules about the
 * validated content run when the site is loaded (src/data/site.ts). scripts/lib/rules/ adds the
 * rules only `npm run check` runs.
 */
import { caseHeadings } from './case-headings.ts';
import { casePlacement } from './case-placement.ts';
import { chapterHeadings } from './chapter-headings.ts';
import { chapterOrder } from './chapter-order.ts';
import { chapterSections } from './chapter-sections.ts';
import { chapterText } from './chapter-text.ts';
import { kpiAsPublished } from './kpi-as-published.ts';
import { kpiYearValues } from './kpi-year-values.ts';
import { noDuplicates } from './no-duplicates.ts';
import { pillarReference } from './pillar-reference.ts';
import { reportYear } from './report-year.ts';
import { reservedChapterId } from './reserved-chapter-id.ts';
import { figurePlacement, photoPlacement } from './section-items.ts';
import { tableColumns } from './table-columns.ts';
import { tablePlacement } from './table-placement.ts';
import { tagPlacement } from './tag-placement.ts';
import { tagReference } from './tag-reference.ts';
import { yearFiles } from './year-files.ts';
import { draftPlacement } from './draft-placement.ts';
import { fileEncoding } from './file-encoding.ts';
import { fileName } from './file-name.ts';
import { finishedYear } from './finished-year.ts';
import { correctionDeclared, kpiIdContinuity, restatementDeclared } from './kpi-history-rules.ts';
import { kpiValueRange } from './kpi-value-range.ts';
import { kpiYears } from './kpi-years.ts';
import { photoFile } from './photo-file.ts';
import { reportPeriod } from './report-period.ts';
import type { AsyncRule, Rule } from './rule.ts';
import { uniqueEntryId } from './unique-entry-id.ts';
import { uniqueKpiId } from './unique-kpi-id.ts';

/** Rules over the raw files: encoding, names, ids claimed twice. */
export const SOURCE_RULES: readonly Rule[] = [fileEncoding, fileName, uniqueEntryId];

/** Rules over the years as read and validated. */
export const CONTENT_RULES: readonly Rule[] = [
  yearFiles,
  reportYear,
  chapterOrder,
  reservedChapterId,
  chapterText,
  chapterHeadings,
  chapterSections,
  pillarReference,
  noDuplicates,
  casePlacement,
  caseHeadings,
  tablePlacement,
  tableColumns,
  figurePlacement,
  photoPlacement,
  tagReference,
  tagPlacement,
  draftPlacement,
  finishedYear,
  reportPeriod,
  kpiYears,
  kpiYearValues,
  kpiAsPublished,
  uniqueKpiId,
  kpiValueRange,
  kpiIdContinuity,
  restatementDeclared,
  correctionDeclared,
];

/** Rules that read picture files as they check. */
export const FILE_READING_RULES: readonly AsyncRule[] = [photoFile];
