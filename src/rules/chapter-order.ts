import { oddCharacters, showValue, suggest } from '../data/content/problems.ts';
import type { Report, Rule } from './lib/rule.ts';
import { unreadableIds } from './lib/year-structure.ts';

export const chapterOrder: Rule = {
  id: 'chapter-order',
  description:
    '`report.json` 的 `chapters` 按发布顺序列出的正是本年的章节文件：列出的每一章都有文件，每个章节文件都已列出。',
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
          message: `"chapters" 列出了 ${showValue(id)}，但没有这一章的文件。应有文件 ${folder}/chapters/NN-${id}.mdx（NN 为序号）。请添加这个文件，或改正或删除 "chapters" 中的这一项。${suggest(id, chapterIds)}${oddCharacters(id)}`,
        });
      });
      for (const chapter of content.chapters) {
        if (report.data.chapters.includes(chapter.id)) continue;
        reports.push({
          file: chapter.file,
          field: '(file)',
          message: `章节 ${showValue(chapter.id)} 没有列在 ${report.file} 的 "chapters" 中，不会发布。每个章节文件都应列在那里。请把 ${showValue(chapter.id)} 按发布顺序加到 "chapters" 中。`,
        });
      }
      return reports;
    }),
};
