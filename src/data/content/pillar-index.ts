import type { Kpi, KpiTable } from '../../schemas/kpi.ts';

export interface ChapterSummary {
  slug: string;
  title: string;
  sections: readonly { heading: string; pillars: readonly string[] }[];
  /** Heading text → anchor slug, as rendered. */
  anchors: ReadonlyMap<string, string>;
}

export interface CaseSummary {
  id: string;
  title: string;
  chapter: string;
  organisation: string;
  pillars: readonly string[];
}

export interface PillarIndex {
  sections: { chapter: string; chapterTitle: string; heading: string; anchor: string }[];
  cases: CaseSummary[];
  kpis: { group: string; kpi: Kpi }[];
}

/** Everything of one year tagged with a pillar, in the report's order. */
export function gatherPillar(
  pillarId: string,
  chapters: readonly ChapterSummary[],
  cases: readonly CaseSummary[],
  kpis: KpiTable,
): PillarIndex {
  const chapterOrder = chapters.map((c) => c.slug);
  return {
    sections: chapters.flatMap((chapter) =>
      chapter.sections
        .filter((s) => s.pillars.includes(pillarId))
        .map((s) => ({
          chapter: chapter.slug,
          chapterTitle: chapter.title,
          heading: s.heading,
          anchor: chapter.anchors.get(s.heading) ?? '',
        })),
    ),
    cases: cases
      .filter((c) => c.pillars.includes(pillarId))
      .sort((a, b) => chapterOrder.indexOf(a.chapter) - chapterOrder.indexOf(b.chapter)),
    kpis: kpis.groups.flatMap((group) =>
      group.rows
        .filter((row) => row.pillars.includes(pillarId))
        .map((kpi) => ({ group: group.name, kpi })),
    ),
  };
}
