import { suggest } from '../data/problems.ts';
import type { Report, Rule } from './lib/rule.ts';
import { unreadableIds } from './lib/year-structure.ts';

export const chapterOrder: Rule = {
  id: 'chapter-order',
  description:
    "The chapters report.json lists, in the order they are published, are the year's chapter files: each listed chapter has a file, and each file is listed.",
  check: ({ years }) =>
    years.flatMap((content) => {
      const { report } = content;
      if (!report) return [];
      const reports: Report[] = [];
      const folder = `content/${content.year}`;
      const chapterIds = content.chapters.map((c) => c.id);
      const hidden = content.hiddenDrafts ?? new Set<string>();
      const unreadable = unreadableIds(content, 'chapters');
      report.data.chapters.forEach((id, i) => {
        if (chapterIds.includes(id) || hidden.has(id) || unreadable.has(id)) return;
        reports.push({
          file: report.file,
          field: `chapters[${i}]`,
          message: `There is no chapter file for "${id}". Expected a file ${folder}/chapters/NN-${id}.mdx.${suggest(id, chapterIds)}`,
        });
      });
      for (const chapter of content.chapters) {
        if (report.data.chapters.includes(chapter.id)) continue;
        reports.push({
          file: chapter.file,
          field: '(file)',
          message: `The chapter "${chapter.id}" is not listed in ${report.file} › chapters, so it would not be published. Add "${chapter.id}" there in its place in the order.`,
        });
      }
      return reports;
    }),
};
