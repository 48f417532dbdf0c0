/**
 * Turns a content path into a stable entry id: "2017/chapters/03-management.mdx" → "2017/management",
 * "2017/kpis.json" → "2017". The order prefix of a file name is for editors only.
 */
export function entryIdFromPath(path: string): string {
  const [year, ...rest] = path.split('/');
  if (rest.length <= 1) return year ?? path;
  const file = rest[rest.length - 1] ?? '';
  return `${year}/${file.replace(/\.(mdx|md|json)$/, '').replace(/^\d+-/, '')}`;
}

/** Splits an entry id into its year and its own id: "2017/management" → { year: 2017, slug: "management" }. */
export function splitEntryId(id: string): { year: number; slug: string } {
  const [year, slug = ''] = id.split('/');
  return { year: Number(year), slug };
}
