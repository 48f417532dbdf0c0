/**
 * What Pagefind reads from a page's main content besides its text: that it is indexed, the report
 * year, as a filter (search the year being read, or every year) and as metadata (shown beside each
 * result), and the kind of page, as metadata the ranking reads (src/components/search/ranking.ts).
 */
export const YEAR_FILTER = 'year';
export const KIND_META = 'kind';

/**
 * A chapter tells the report's story; every other indexed page (the cover, a pillar's page, the
 * cases, the KPI overview, an indicator's page) gathers what chapters tell.
 */
export type SearchKind = 'chapter' | 'gathering';

export function searchAttributes(year: number) {
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `${YEAR_FILTER}:${year}`,
    'data-pagefind-meta': `${YEAR_FILTER}:${year}`,
  } as const;
}

/**
 * The page's kind, for an empty element inside the indexed content: Pagefind reads one metadata
 * key per attribute ("year:2017, kind:chapter" would be the year's value).
 */
export const kindAttributes = (kind: SearchKind) =>
  ({ 'data-pagefind-meta': `${KIND_META}:${kind}` }) as const;
