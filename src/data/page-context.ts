import { loadYear, type ChapterEntry, type ReportYear } from './site';

/**
 * Components placed in a chapter's MDX (<Case>, <KeyFigures>, …) receive only the attributes the
 * editor wrote; the year and chapter come from the page being rendered.
 */
export async function chapterContext(params: Record<string, string | undefined>): Promise<{
  site: ReportYear;
  chapter: ChapterEntry;
  slug: string;
}> {
  const site = await loadYear(Number(params['year']));
  const slug = params['chapter'] ?? '';
  const found = site.chapters.find((c) => c.slug === slug);
  if (!found)
    throw new Error(`A chapter component was rendered outside the chapter page (${slug}).`);
  return { site, chapter: found.entry, slug };
}
