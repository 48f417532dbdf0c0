import { caseAnchor, kpiAnchor } from '../data/site/addresses.ts';
import { list, showValue, suggest } from '../data/content/problems.ts';
import type { YearContent } from '../data/content/year-content.ts';
import type { Report, Rule } from './lib/rule.ts';
import { headingsIn, tagsIn } from './lib/year-structure.ts';

/** Every page of the site content can link to, with the anchors on it ("" for none checked). */
function sitePages(years: readonly YearContent[]): Map<string, Set<string> | undefined> {
  const pages = new Map<string, Set<string> | undefined>();
  for (const content of years) {
    const y = `/${content.year}/`;
    for (const page of ['', 'cases/', 'search/', 'print/'].map((p) => `${y}${p}`))
      pages.set(page, undefined);
    for (const chapter of content.chapters) {
      const anchors = new Set(headingsIn(chapter).map((h) => h.slug));
      for (const tag of tagsIn(chapter))
        if (tag.name === 'Case' && tag.attributes['id'])
          for (const anchor of [
            caseAnchor(tag.attributes['id']),
            `${caseAnchor(tag.attributes['id'])}-title`,
          ])
            anchors.add(anchor);
      pages.set(`${y}${chapter.id}/`, anchors);
    }
    for (const pillar of content.pillars?.data.pillars ?? [])
      pages.set(`${y}pillars/${pillar.id}/`, undefined);
    const rows = content.kpis?.data.groups.flatMap((g) => g.rows) ?? [];
    pages.set(`${y}kpis/`, new Set(['table', ...rows.map((row) => kpiAnchor(row.id))]));
    for (const row of rows) pages.set(`${y}kpis/${row.id}/`, undefined);
  }
  return pages;
}

const LOOKS_LIKE_A_HOST =
  /^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|org|net|gov|edu|int|info)(?:[/:?#]|$))/i;
const SCHEME = /^[a-zA-Z][\w+.-]*:/;

export const linkTarget: Rule = {
  id: 'link-target',
  description:
    '正文中指向本站的链接都指向网站真有的页面和小节（各年的章节、案例、支柱、指标页及其标题锚点），网址都写全 `https://`，不会变成失效的链接。',
  check: ({ years }) => {
    const pages = sitePages(years);
    const known = [...pages.keys()];
    return years.flatMap((content) =>
      [...content.chapters, ...content.cases].flatMap((entry) => {
        // A case is shown inside its chapter: its #links point into that chapter.
        const home =
          'chapter' in entry.data
            ? `/${content.year}/${(entry.data as { chapter: string }).chapter}/`
            : `/${content.year}/${entry.id}/`;
        return (entry.document?.links ?? []).flatMap((link): Report[] => {
          if (link.kind === 'image') return [];
          const at = { file: entry.file, field: 'body', line: link.line };
          const url = link.url.trim();
          if (SCHEME.test(url) || url.startsWith('//')) return [];
          if (LOOKS_LIKE_A_HOST.test(url))
            return [
              {
                ...at,
                message: `链接地址 ${showValue(url)} 像是网址，但缺少 https://，会被当成本站内的相对地址而失效。请写作 ${showValue(`https://${url}`)}。`,
              },
            ];
          const [path = '', fragment] = url.split('#', 2) as [string, string | undefined];
          if (path !== '' && !path.startsWith('/'))
            return [
              {
                ...at,
                message: `链接地址 ${showValue(url)} 是相对地址，在不同页面上会指向不同的地方。请写本站的完整路径，以“/年份/”开头，如 "/${content.year}/${content.chapters[0]?.id ?? 'foreword'}/"。`,
              },
            ];
          const page = path === '' ? home : path.endsWith('/') ? path : `${path}/`;
          if (!pages.has(page)) {
            const close = suggest(page, known);
            return [
              {
                ...at,
                message: `链接地址 ${showValue(url)} 指向的页面 ${showValue(page)} 在网站上不存在。应为各年的封面（/年份/）、章节（/年份/章节 id/）、案例（/年份/cases/）、支柱（/年份/pillars/支柱 id/）或指标页（/年份/kpis/指标 id/）。${close}`,
              },
            ];
          }
          if (path !== '' && !path.endsWith('/'))
            return [
              {
                ...at,
                message: `链接地址 ${showValue(url)} 的路径少了结尾的“/”。请写作 ${showValue(`${path}/${fragment !== undefined ? `#${fragment}` : ''}`)}。`,
              },
            ];
          const targetYear = Number(page.split('/')[1]);
          const draft = (year: number) => years.find((y) => y.year === year)?.report?.data.draft;
          if (draft(targetYear) && !draft(content.year))
            return [
              {
                ...at,
                message: `链接地址 ${showValue(url)} 指向 ${targetYear} 年的页面，但 ${targetYear} 年的报告还是草稿，不会发布，链接会失效。请等该年发布后再加这个链接，或删除它。`,
              },
            ];
          const anchors = pages.get(page);
          if (fragment === undefined || fragment === '' || !anchors) return [];
          const decoded = safeDecode(fragment);
          if (anchors.has(decoded)) return [];
          return [
            {
              ...at,
              message: `链接地址 ${showValue(url)} 中的锚点 ${showValue(`#${decoded}`)} 在页面 ${showValue(page)} 上不存在。应为该页的一个标题或案例的锚点，如 ${list([...anchors].slice(0, 6).map((a) => `#${a}`))}。${suggest(
                `#${decoded}`,
                [...anchors].map((a) => `#${a}`),
              )}`,
            },
          ];
        });
      }),
    );
  },
};

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
