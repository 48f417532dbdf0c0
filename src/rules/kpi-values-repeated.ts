import { formatNumber } from '../data/text/format.ts';
import type { Report, Rule } from './lib/rule.ts';

/** Fewer rows than this agreeing says little: two equal figures happen. */
const AT_LEAST = 3;

export const kpiValuesRepeated: Rule = {
  id: 'kpi-values-repeated',
  severity: 'warning',
  description:
    'KPI 表中本年的数值不与上一年的数值全部相同；全部相同多半是复制时忘了改，但也可能属实，所以只是警告。',
  check: ({ years }) =>
    years.flatMap((content): Report[] => {
      const kpis = content.kpis;
      if (!kpis) return [];
      const own = String(content.year);
      const before = String(content.year - 1);
      if (!kpis.data.years.includes(content.year - 1)) return [];
      const pairs = kpis.data.groups
        .flatMap((g) => g.rows)
        .flatMap((row) => {
          const a = row.values[before];
          const b = row.values[own];
          return typeof a === 'number' && typeof b === 'number' ? [[a, b] as const] : [];
        });
      if (pairs.length < AT_LEAST || pairs.some(([a, b]) => a !== b)) return [];
      return [
        {
          file: kpis.file,
          field: `groups`,
          message: `全部 ${pairs.length} 项有数值的指标，${own} 年的数值都与 ${before} 年相同（如 ${formatNumber(pairs[0]![1])}）。这多半是从上一年复制后忘了改：请对照报告核对每一行的 "${own}"。若确实全部未变，可以忽略这条警告。`,
        },
      ];
    }),
};
