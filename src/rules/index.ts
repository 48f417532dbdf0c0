/**
 * Every content rule, one module each in this folder, named by its id. The check, the build and
 * the dev server run all of them (src/pipeline/check-content.ts); `npm run docs:rules` lists them
 * in content/README.md; tests/fixtures/rules/<id>/ holds each rule's bad and good cases.
 */
import type { Rule } from './lib/rule.ts';
import { caseHeadings } from './case-headings.ts';
import { casePlacement } from './case-placement.ts';
import { chapterHeadings } from './chapter-headings.ts';
import { chapterOrder } from './chapter-order.ts';
import { chapterSections } from './chapter-sections.ts';
import { chapterText } from './chapter-text.ts';
import { correctionDeclared } from './correction-declared.ts';
import { draftPlacement } from './draft-placement.ts';
import { figurePlacement } from './figure-placement.ts';
import { fileEmpty } from './file-empty.ts';
import { fileEncoding } from './file-encoding.ts';
import { fileName } from './file-name.ts';
import { finishedYear } from './finished-year.ts';
import { frontmatterSyntax } from './frontmatter-syntax.ts';
import { jsonNumberRange } from './json-number-range.ts';
import { jsonSyntax } from './json-syntax.ts';
import { linkTarget } from './link-target.ts';
import { kpiAsPublished } from './kpi-as-published.ts';
import { kpiIdContinuity } from './kpi-id-continuity.ts';
import { kpiUnitChange } from './kpi-unit-change.ts';
import { kpiValuesRepeated } from './kpi-values-repeated.ts';
import { kpiValueRange } from './kpi-value-range.ts';
import { kpiYearValues } from './kpi-year-values.ts';
import { kpiYears } from './kpi-years.ts';
import { mdxCompiles } from './mdx-compiles.ts';
import { mdxSafe } from './mdx-safe.ts';
import { noDuplicates } from './no-duplicates.ts';
import { photoFile } from './photo-file.ts';
import { photoPlacement } from './photo-placement.ts';
import { pillarReference } from './pillar-reference.ts';
import { placeholderText } from './placeholder-text.ts';
import { publishedUnchanged } from './published-unchanged.ts';
import { reportPeriod } from './report-period.ts';
import { reportTitleRepeated } from './report-title-repeated.ts';
import { reportYear } from './report-year.ts';
import { reservedChapterId } from './reserved-chapter-id.ts';
import { restatementDeclared } from './restatement-declared.ts';
import { schema } from './schema.ts';
import { tableColumns } from './table-columns.ts';
import { tablePlacement } from './table-placement.ts';
import { tagPlacement } from './tag-placement.ts';
import { tagReference } from './tag-reference.ts';
import { uniqueEntryId } from './unique-entry-id.ts';
import { uniqueKpiId } from './unique-kpi-id.ts';
import { unknownFile } from './unknown-file.ts';
import { yearFiles } from './year-files.ts';
import { yearFolderName } from './year-folder-name.ts';

/** In the order the guide lists them: reading the files first, then the years as a whole. */
export const RULES: readonly Rule[] = [
  yearFolderName,
  fileEncoding,
  fileEmpty,
  fileName,
  unknownFile,
  uniqueEntryId,
  jsonSyntax,
  jsonNumberRange,
  frontmatterSyntax,
  schema,
  mdxCompiles,
  mdxSafe,
  placeholderText,
  yearFiles,
  reportYear,
  reportPeriod,
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
  linkTarget,
  draftPlacement,
  finishedYear,
  kpiYears,
  kpiYearValues,
  kpiAsPublished,
  uniqueKpiId,
  kpiValueRange,
  kpiIdContinuity,
  kpiUnitChange,
  restatementDeclared,
  correctionDeclared,
  photoFile,
  publishedUnchanged,
  kpiValuesRepeated,
  reportTitleRepeated,
];
