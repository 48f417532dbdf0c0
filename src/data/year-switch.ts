/** The same page in another report year, where that year has it; else that year's cover. */
export function samePageInYear(
  path: string,
  target: { year: number; chapters: readonly string[]; pillars: readonly string[] },
): string {
  const [, , first, second] = path.split('/');
  const home = `/${target.year}/`;
  if (!first) return home;
  if (first === 'pillars')
    return second && target.pillars.includes(second) ? `/${target.year}/pillars/${second}/` : home;
  if (['cases', 'kpis', 'print', 'search'].includes(first)) return `/${target.year}/${first}/`;
  return target.chapters.includes(first) ? `/${target.year}/${first}/` : home;
}
