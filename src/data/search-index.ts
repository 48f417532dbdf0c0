/**
 * What Pagefind reads from a page's main content besides its text: that it is indexed, and the
 * report year, as a filter (search the year being read, or every year) and as metadata (shown
 * beside each result).
 */
export const YEAR_FILTER = 'year';

export function searchAttributes(year: number) {
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `${YEAR_FILTER}:${year}`,
    'data-pagefind-meta': `${YEAR_FILTER}:${year}`,
  } as const;
}
