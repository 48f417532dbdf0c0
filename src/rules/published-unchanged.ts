import { cellKey, showValue, valuesAsFirstPublished } from '../data/kpi-corrections.ts';
import type { ContentProblem } from '../data/problems.ts';
import type { YearContent } from '../data/year-content.ts';
import { checkSeals, isLegacy, readSeals, SEALS_FILE, type Seals } from '../pipeline/seals.ts';
import { sourceText } from '../pipeline/source-text.ts';
import type { Rule } from './lib/rule.ts';

/**
 * Each figure of a sealed year's kpis.json that differs from the value it was sealed with, and that
 * no correction declares, at its own line: so that a pull request shows it beside that line.
 */
function changedFigures(seals: Seals | undefined, years: readonly YearContent[]): ContentProblem[] {
  return years.flatMap((content) => {
    const seal = seals?.[String(content.year)];
    const kpis = content.kpis;
    if (!seal || isLegacy(seal) || !kpis) return [];
    const first = valuesAsFirstPublished(kpis.data);
    return kpis.data.groups.flatMap((group, g) =>
      group.rows.flatMap((row, r) =>
        Object.entries(seal.kpis[row.id] ?? {}).flatMap(([dataYear, was]): ContentProblem[] => {
          const now = first.get(cellKey(row.id, dataYear));
          if (now === undefined || now === was) return [];
          return [
            {
              file: kpis.file,
              field: `groups[${g}].rows[${r}].values.${dataYear}`,
              message: `The ${content.year} report was published with ${showValue(was)} as the ${dataYear} value of the KPI "${row.id}", and this table now holds ${showValue(now)}. A published figure changes only as a declared correction: write ${showValue(was)} again, or add to "corrections" { "kpi": "${row.id}", "year": ${dataYear}, "published": ${JSON.stringify(was)}, "corrected": ${JSON.stringify(now)}, "reason": "…", "date": "YYYY-MM-DD" } and run \`npm run seal -- ${content.year}\`.`,
            },
          ];
        }),
      ),
    );
  });
}

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

export const publishedUnchanged: Rule = {
  id: 'published-unchanged',
  description:
    'A published year keeps the files it was published with (content/published.json, written by npm run seal).',
  check: ({ root, years, sources }) => {
    const published = years.filter((c) => c.report && !c.report.data.draft).map((c) => c.year);
    try {
      const seals = readSeals(root);
      const files = checkSeals(root, seals, published);
      // A sealed kpis.json that changed: each of its changed figures too, at its line.
      const changed = new Set(files.map((p) => p.file));
      return [...files, ...changedFigures(seals, years).filter((p) => changed.has(p.file))];
    } catch (error) {
      // A published.json that is not JSON is json-syntax's to report, with its line.
      const source = sources.find((s) => s.file === SEALS_FILE);
      const text = source && sourceText(source);
      if (text !== undefined && !isJson(text)) return [];
      return [
        {
          file: SEALS_FILE,
          field: '(file)',
          message: `The file cannot be read (${(error as Error).message}). It is written by npm run seal; restore it from git (git checkout HEAD -- ${SEALS_FILE}).`,
        },
      ];
    }
  },
};
