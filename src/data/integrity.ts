import type { ContentProblem } from './problems.ts';
import { suggest } from './problems.ts';
import { extractHeadings, extractTags } from './mdx-body.ts';
import type { Sourced, YearContent } from './year-content.ts';
import type { ChapterData } from '../schemas/chapter.ts';
import { kpiYearStillEmpty } from './rules/finished-year.ts';

/** Chapter ids that would collide with the year's other pages. */
export const RESERVED_CHAPTER_IDS = [
  'cases',
  'kpis',
  'pillars',
  'print',
  'search',
  'data',
] as const;

const list = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ') || '(none)';

/**
 * Checks what a schema cannot: that every reference between files of one year resolves, that every
 * case, figure, photo and table is placed in its chapter exactly once, and that the structure agrees
 * with itself. Returns every problem found, in file order.
 */
export function checkYear(content: YearContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folder = `content/${content.year}`;
  const { report } = content;
  // A file that could not be read has had its problems reported; what depends on it stands aside.
  const unreadable = content.unreadable ?? new Set<string>();
  const unreadableIds = (dir: 'chapters' | 'cases') =>
    new Set(
      [...unreadable].flatMap((key) =>
        key.startsWith(`${dir}/`) ? [key.slice(dir.length + 1)] : [],
      ),
    );
  const unreadableChapters = unreadableIds('chapters');
  const unreadableCases = unreadableIds('cases');

  if (!report) {
    if (unreadable.has('report.json')) return problems;
    problems.push({
      file: `${folder}/report.json`,
      field: '(file)',
      message: 'The year has no report.json. Copy it from another year and fill it in.',
    });
    return problems;
  }
  if (report.data.year !== content.year) {
    problems.push({
      file: report.file,
      field: 'year',
      message: `The file says ${report.data.year}, but it is in the folder ${content.year}. Make "year" ${content.year}, or move the file to content/${report.data.year}/.`,
    });
  }
  for (const [name, entry] of [
    ['pillars.json', content.pillars],
    ['kpis.json', content.kpis],
  ] as const) {
    if (!entry && !unreadable.has(name))
      problems.push({
        file: `${folder}/${name}`,
        field: '(file)',
        message: `The year has no ${name}. Copy it from another year and fill it in.`,
      });
  }

  const pillarIds = new Set(content.pillars?.data.pillars.map((p) => p.id) ?? []);
  const checkPillars = (file: string, field: string, ids: readonly string[]) => {
    if (unreadable.has('pillars.json')) return;
    ids.forEach((id, i) => {
      if (!pillarIds.has(id)) {
        problems.push({
          file,
          field: `${field}[${i}]`,
          message: `"${id}" is not a pillar of ${content.year}. Expected one of ${list(pillarIds)}.${suggest(id, [...pillarIds])}`,
        });
      }
    });
  };
  if (content.pillars)
    checkDuplicates(
      problems,
      content.pillars.file,
      'pillars',
      content.pillars.data.pillars.map((p) => p.id),
    );

  // Chapters: the report's order and the files must agree.
  const chapters = new Map(content.chapters.map((c) => [c.id, c]));
  const hidden = content.hiddenDrafts ?? new Set<string>();
  report.data.chapters.forEach((id, i) => {
    if (!chapters.has(id) && !hidden.has(id) && !unreadableChapters.has(id)) {
      problems.push({
        file: report.file,
        field: `chapters[${i}]`,
        message: `There is no chapter file for "${id}". Expected a file ${folder}/chapters/NN-${id}.mdx.${suggest(id, [...chapters.keys()])}`,
      });
    }
  });
  checkDuplicates(problems, report.file, 'chapters', report.data.chapters);
  for (const chapter of content.chapters) {
    if (!report.data.chapters.includes(chapter.id)) {
      problems.push({
        file: chapter.file,
        field: '(file)',
        message: `The chapter "${chapter.id}" is not listed in ${report.file} › chapters, so it would not be published. Add "${chapter.id}" there in its place in the order.`,
      });
    }
    if ((RESERVED_CHAPTER_IDS as readonly string[]).includes(chapter.id)) {
      problems.push({
        file: chapter.file,
        field: '(file)',
        message: `"${chapter.id}" is reserved for the year's own pages. Rename the file.`,
      });
    }
  }

  const headingsByChapter = new Map<string, Set<string>>();
  for (const chapter of content.chapters) {
    headingsByChapter.set(chapter.id, checkChapter(problems, chapter, checkPillars));
  }
  const headingsOf = (chapterId: string) => headingsByChapter.get(chapterId) ?? new Set<string>();
  const emptyChapters = new Set(
    content.chapters.filter((c) => (c.body ?? '').trim() === '').map((c) => c.id),
  );

  // Placement of cases and tables in the chapter bodies.
  const caseIds = new Set(content.cases.map((c) => c.id));
  const tableIds = new Set(content.tables?.data.tables.map((t) => t.id) ?? []);
  const placedCases = new Map<string, string[]>();
  const placedTables = new Map<string, string[]>();
  for (const chapter of content.chapters) {
    for (const tag of extractTags(chapter.body ?? '')) {
      const id = tag.attributes['id'] ?? '';
      if (tag.name === 'Case') {
        if (!caseIds.has(id) && !hidden.has(id) && !unreadableCases.has(id))
          problems.push({
            file: chapter.file,
            field: 'body',
            line: frontmatterOffset(chapter, tag.line),
            message: `<Case id="${id}" /> names no case of ${content.year}. Expected one of ${list(caseIds)}.${suggest(id, [...caseIds])}`,
          });
        placedCases.set(id, [...(placedCases.get(id) ?? []), chapter.id]);
      }
      if (tag.name === 'DataTable') {
        if (!tableIds.has(id) && !unreadable.has('tables.json'))
          problems.push({
            file: chapter.file,
            field: 'body',
            line: frontmatterOffset(chapter, tag.line),
            message: `<DataTable id="${id}" /> names no table in ${folder}/tables.json. Expected one of ${list(tableIds)}.${suggest(id, [...tableIds])}`,
          });
        placedTables.set(id, [...(placedTables.get(id) ?? []), chapter.id]);
      }
    }
  }

  for (const entry of content.cases) {
    const { chapter, section, pillars } = entry.data;
    checkPillars(entry.file, 'pillars', pillars);
    // A draft chapter left out of the build: draft-placement reports the case.
    if (unreadableChapters.has(chapter) || hidden.has(chapter)) continue;
    if (!chapters.has(chapter)) {
      problems.push({
        file: entry.file,
        field: 'chapter',
        message: `"${chapter}" is not a chapter of ${content.year}. Expected one of ${list(chapters.keys())}.${suggest(chapter, [...chapters.keys()])}`,
      });
      continue;
    }
    if (!headingsOf(chapter).has(section)) {
      problems.push({
        file: entry.file,
        field: 'section',
        message: `"${section}" is not a heading of the chapter "${chapter}". Expected one of ${list(headingsOf(chapter))}.${suggest(section, [...headingsOf(chapter)])}`,
      });
    }
    for (const heading of extractHeadings(entry.body ?? '')) {
      problems.push({
        file: entry.file,
        field: 'body',
        line: frontmatterOffset(entry, heading.line),
        message: `A case has no headings of its own; write "${heading.text}" as a bold lead-in (**${heading.text}**) instead of ${'#'.repeat(heading.depth)}.`,
      });
    }
    const placedIn = placedCases.get(entry.id) ?? [];
    // The tag may stand in a chapter that could not be read.
    if (emptyChapters.has(chapter) || unreadableChapters.size > 0) continue;
    const standsUnder =
      placedIn.length === 1 && placedIn[0] === chapter
        ? sectionsAtTag(chapters.get(chapter)?.body ?? '', 'Case', entry.id)
        : undefined;
    if (standsUnder && headingsOf(chapter).has(section) && !standsUnder.includes(section)) {
      problems.push({
        file: entry.file,
        field: 'section',
        message: `The case says it stands under "${section}", but <Case id="${entry.id}" /> stands under ${standsUnder.length ? `"${standsUnder.at(-1)}"` : 'no heading'}. Move the tag under "${section}", or correct "section".`,
      });
    }
    if (placedIn.length === 0) {
      problems.push({
        file: entry.file,
        field: '(file)',
        message: `The case is not placed in any chapter, so it would not be published. Add <Case id="${entry.id}" /> to ${chapters.get(chapter)?.file} under the heading "${section}".`,
      });
    } else if (placedIn.length > 1 || placedIn[0] !== chapter) {
      problems.push({
        file: entry.file,
        field: 'chapter',
        message: `The case belongs to "${chapter}" but <Case id="${entry.id}" /> stands in ${list(placedIn)}. Place it once, in its own chapter.`,
      });
    }
  }

  for (const [i, table] of (content.tables?.data.tables ?? []).entries()) {
    const file = content.tables?.file ?? `${folder}/tables.json`;
    const field = `tables[${i}]`;
    if (unreadableChapters.has(table.chapter)) continue;
    if (!chapters.has(table.chapter)) {
      problems.push({
        file,
        field: `${field}.chapter`,
        message: `"${table.chapter}" is not a chapter of ${content.year}. Expected one of ${list(chapters.keys())}.`,
      });
    } else if (!headingsOf(table.chapter).has(table.section)) {
      problems.push({
        file,
        field: `${field}.section`,
        message: `"${table.section}" is not a heading of the chapter "${table.chapter}". Expected one of ${list(headingsOf(table.chapter))}.`,
      });
    }
    table.rows.forEach((row, r) => {
      if (row.values.length !== table.columns.length) {
        problems.push({
          file,
          field: `${field}.rows[${r}].values`,
          message: `The row "${row.label}" has ${row.values.length} values for ${table.columns.length} columns. Give one value per column.`,
        });
      }
    });
    const placedIn = placedTables.get(table.id) ?? [];
    if (placedIn.length !== 1 || placedIn[0] !== table.chapter) {
      problems.push({
        file,
        field: `${field}.id`,
        message: `The table "${table.id}" must be placed exactly once, in the chapter "${table.chapter}", with <DataTable id="${table.id}" />; found it in ${list(placedIn)}.`,
      });
    }
  }
  if (content.tables)
    checkDuplicates(
      problems,
      content.tables.file,
      'tables',
      content.tables.data.tables.map((t) => t.id),
    );

  if (content.kpis) {
    const { file, data } = content.kpis;
    // A finished year none of whose rows has its own value yet: finished-year says it once.
    const ownYearEmpty = !report.data.draft && kpiYearStillEmpty(content);
    const years = new Set(data.years.map(String));
    data.groups.forEach((group, g) => {
      group.rows.forEach((row, r) => {
        const field = `groups[${g}].rows[${r}]`;
        checkPillars(file, `${field}.pillars`, row.pillars);
        for (const key of ['values', 'measureByYear', 'asPublished'] as const) {
          for (const year of Object.keys(row[key] ?? {})) {
            if (!years.has(year)) {
              problems.push({
                file,
                field: `${field}.${key}.${year}`,
                message: `The KPI "${row.id}" has a value for ${year}, which is not one of the table's years (${list(years)}). Add ${year} to "years" or remove the value.`,
              });
            }
          }
        }
        for (const [year, printed] of Object.entries(row.asPublished ?? {})) {
          const value = row.values[year];
          if (
            typeof value !== 'number' ||
            Number.parseFloat(printed.replace(/^\+/, '')) !== value
          ) {
            problems.push({
              file,
              field: `${field}.asPublished.${year}`,
              message: `The printed text "${printed}" does not show the value ${JSON.stringify(value)} of ${year}. "asPublished" may only change how a number is written (like "14.45%" or "+12.2" for 14.45 or 12.2), never the number.`,
            });
          }
        }
        for (const year of years) {
          // A column after the report's year is kpi-years' to report, not a value to write.
          if (Number(year) > content.year) continue;
          if (!(year in row.values) && !(year === String(content.year) && ownYearEmpty)) {
            problems.push({
              file,
              field: `${field}.values`,
              message: `The KPI "${row.id}" has no value for ${year}. Write the number, or "not-reported" where the report prints "-".`,
            });
          }
        }
      });
    });
    checkDuplicates(
      problems,
      file,
      'groups[].id',
      data.groups.map((g) => g.id),
    );
  }

  return problems;
}

/** Checks one chapter's frontmatter against its body; returns the chapter's heading texts. */
function checkChapter(
  problems: ContentProblem[],
  chapter: Sourced<ChapterData>,
  checkPillars: (file: string, field: string, ids: readonly string[]) => void,
): Set<string> {
  const { file, data } = chapter;
  const body = chapter.body ?? '';
  const headings = extractHeadings(body);
  const headingTexts = new Set(headings.map((h) => h.text));

  if (body.trim() === '') {
    problems.push({
      file,
      field: 'body',
      message:
        'The chapter has no text. Write its text below the frontmatter, or mark it "draft: true" until it is ready.',
    });

    // Everything else about the chapter follows from its text: say the one thing to fix.
    return new Set(data.sections.map((s) => s.heading));
  }
  checkPillars(file, 'pillars', data.pillars);
  headings.forEach((heading) => {
    if (heading.depth < 2 || heading.depth > 3) {
      problems.push({
        file,
        field: 'body',
        line: frontmatterOffset(chapter, heading.line),
        message: `The heading "${heading.text}" uses ${'#'.repeat(heading.depth)}. Use ## for sections and ### for sub-sections (the page title is the chapter title).`,
      });
    }
  });
  checkDuplicates(
    problems,
    file,
    'body headings',
    headings.map((h) => h.text),
  );

  const listed = new Set(data.sections.map((s) => s.heading));
  data.sections.forEach((section, i) => {
    checkPillars(file, `sections[${i}].pillars`, section.pillars);
    if (!headingTexts.has(section.heading)) {
      problems.push({
        file,
        field: `sections[${i}].heading`,
        message: `"${section.heading}" is not a heading of the chapter's text. Expected one of ${list(headingTexts)}.${suggest(section.heading, [...headingTexts])}`,
      });
    }
  });
  for (const heading of headings) {
    if (heading.depth === 2 && !listed.has(heading.text)) {
      problems.push({
        file,
        field: 'sections',
        line: frontmatterOffset(chapter, heading.line),
        message: `The section "${heading.text}" is not listed in "sections". Add { heading: ${heading.text}, pillars: [...] } so that pillar pages can find it.`,
      });
    }
  }

  // Figures and photos: their section exists and is placed with <KeyFigures> / <Photos>.
  const tags = extractTags(body);
  const placed = (name: string) =>
    tags.filter((t) => t.name === name).map((t) => t.attributes['section'] ?? '');
  for (const [kind, tagName, items] of [
    ['figures', 'KeyFigures', data.figures],
    ['photos', 'Photos', data.photos],
  ] as const) {
    const sections = placed(tagName);
    items.forEach((item, i) => {
      const section = item.section ?? '';
      if (section && !headingTexts.has(section)) {
        problems.push({
          file,
          field: `${kind}[${i}].section`,
          message: `"${section}" is not a heading of the chapter's text. Expected one of ${list(headingTexts)}.${suggest(section, [...headingTexts])}`,
        });
      } else if (!sections.includes(section)) {
        const tag = section ? `<${tagName} section="${section}" />` : `<${tagName} />`;
        problems.push({
          file,
          field: `${kind}[${i}]`,
          message: `"${'label' in item ? item.label : item.caption}" is not shown: add ${tag} to the text where it belongs.`,
        });
      }
    });
    for (const section of sections) {
      if (!items.some((item) => (item.section ?? '') === section)) {
        problems.push({
          file,
          field: 'body',
          message: `<${tagName}${section ? ` section="${section}"` : ''} /> shows nothing: no entry of "${kind}" has that section.`,
        });
      }
    }
    checkDuplicates(
      problems,
      file,
      kind,
      sections.map((s) => `<${tagName} section="${s}" />`),
    );
    checkDuplicates(
      problems,
      file,
      `${kind}[].id`,
      items.map((item) => item.id),
    );
  }
  return headingTexts;
}

function checkDuplicates(
  problems: ContentProblem[],
  file: string,
  field: string,
  values: readonly string[],
) {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value))
      problems.push({
        file,
        field,
        message: `"${value}" appears more than once. Each must be unique.`,
      });
    seen.add(value);
  }
}

/** Body line numbers start after the frontmatter; editors need the line in the file. */
function frontmatterOffset(entry: Sourced<unknown>, bodyLine: number): number {
  return bodyLine + (entry.bodyStartLine ?? 0);
}

/** The headings a tag stands under (## then ###), from its place in the body. */
function sectionsAtTag(body: string, tagName: string, id: string): string[] {
  const tag = extractTags(body).find((t) => t.name === tagName && t.attributes['id'] === id);
  if (!tag) return [];
  const open: string[] = [];
  for (const heading of extractHeadings(body)) {
    if (heading.line > tag.line) break;
    open.length = Math.max(0, heading.depth - 2);
    open[heading.depth - 2] = heading.text;
  }
  return open.filter(Boolean);
}
