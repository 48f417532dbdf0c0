import type { SitePaths } from './addresses.ts';

/** The same page in another report year, where that year has it; else that year's cover. */
export function samePageInYear(
  /** The page's path without the site's base ("/2017/kpis/"). */
  path: string,
  target: {
    year: number;
    chapters: readonly string[];
    pillars: readonly string[];
    /** The KPI ids of the year: an indicator's page leads to the same indicator there. */
    kpis?: readonly string[];
  },
  /** The site's URLs under its base. */
  paths: SitePaths,
): string {
  const [, , first, second] = path.split('/');
  const home = paths.year(target.year);
  if (!first) return home;
  if (first === 'pillars')
    return second && target.pillars.includes(second) ? paths.pillar(target.year, second) : home;
  if (first === 'kpis' && second && target.kpis?.includes(second))
    return paths.kpi(target.year, second);
  if (first === 'cases' || first === 'kpis' || first === 'print' || first === 'search')
    return paths[first](target.year);
  return target.chapters.includes(first) ? paths.chapter(target.year, first) : home;
}
