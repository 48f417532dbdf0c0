import { loadYear, type ChapterEntry, type ReportYear } from './site.ts';
import { splitEntryId } from '../content/entry-id.ts';

/**
 * The chapter a content tag (<Case>, <KeyFigures>, …) stands in. remarkEntryContext writes it into
 * the tag as `entry="2017/management"` when the MDX is compiled.
 */
export async function chapterContext(props: { entry?: string | undefined }): Promise<{
  site: ReportYear;
  chapter: ChapterEntry;
  slug: string;
}> {
  const entry = props.entry ?? '';
  const { year, slug } = splitEntryId(entry);
  const site = await loadYear(year);
  const found = site.chapters.find((c) => c.slug === slug);
  if (!found)
    throw new Error(
      `A content tag was rendered outside a chapter of the content folder (entry "${entry}").`,
    );
  return { site, chapter: found.entry, slug };
}
