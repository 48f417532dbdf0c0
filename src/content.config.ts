import { defineCollection } from 'astro:content';
import { caseSchema } from './schemas/case.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { dataTablesFileSchema } from './schemas/data-table.ts';
import { honoursFileSchema } from './schemas/honour.ts';
import { kpiTableSchema } from './schemas/kpi.ts';
import { pillarsFileSchema } from './schemas/pillar.ts';
import { reportSchema } from './schemas/report.ts';
import { entryIdFromPath } from './data/entry-id.ts';
import { checkedGlob } from './data/rules/checked-glob.ts';

const CONTENT_ROOT = './content';

/** One collection per kind of file; every year folder contributes its own entries. */
function yearFiles(pattern: string) {
  return checkedGlob({
    pattern,
    base: CONTENT_ROOT,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

export const collections = {
  reports: defineCollection({ loader: yearFiles('*/report.json'), schema: reportSchema }),
  chapters: defineCollection({ loader: yearFiles('*/chapters/*.mdx'), schema: chapterSchema }),
  cases: defineCollection({ loader: yearFiles('*/cases/*.mdx'), schema: caseSchema }),
  pillars: defineCollection({ loader: yearFiles('*/pillars.json'), schema: pillarsFileSchema }),
  honours: defineCollection({ loader: yearFiles('*/honours.json'), schema: honoursFileSchema }),
  kpis: defineCollection({ loader: yearFiles('*/kpis.json'), schema: kpiTableSchema }),
  tables: defineCollection({ loader: yearFiles('*/tables.json'), schema: dataTablesFileSchema }),
};
