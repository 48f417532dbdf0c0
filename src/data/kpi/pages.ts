/** What an indicator page says about its place: its own title, and where the report prints it. */
import type { KpiTable } from '../../schemas/kpi.ts';

/**
 * The page title of each row: its name, and where a name is printed more than once in the table
 * (the report lists some rows twice), which time this is ("（表中第 2 处）"), so that every page
 * has a title of its own.
 */
export function kpiTitles(table: KpiTable): Map<string, string> {
  const rows = table.groups.flatMap((group) => group.rows);
  const seen = new Map<string, number>();
  const titles = new Map<string, string>();
  for (const row of rows) {
    const count = rows.filter((other) => other.name === row.name).length;
    const nth = (seen.get(row.name) ?? 0) + 1;
    seen.set(row.name, nth);
    if (!titles.has(row.id))
      titles.set(row.id, count > 1 ? `${row.name}（表中第 ${nth} 处）` : row.name);
  }
  return titles;
}

/** The chapters that print the KPI table (hold the `<KpiTable />` tag), in report order. */
export function kpiTableChapters<T extends { body?: string | undefined }>(
  chapters: readonly { slug: string; entry: T }[],
): { slug: string; entry: T }[] {
  return chapters.filter(({ entry }) => /<KpiTable\b/.test(entry.body ?? ''));
}
