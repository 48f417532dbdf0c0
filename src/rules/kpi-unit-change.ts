import { showValue } from '../data/content/problems.ts';
import { reportKpis } from '../data/kpi/history.ts';
import type { Report, Rule } from './lib/rule.ts';

export const kpiUnitChange: Rule = {
  id: 'kpi-unit-change',
  description:
    '指标的单位与上一份报告不同时，须在 kpis.json 的 "unitChanges" 中声明（原单位、新单位和原因），网站据此不把不同单位的数值放在一起比较；每条声明都对应一次真实的单位变化。',
  check: ({ years }) => {
    const reports: Report[] = [];
    const ordered = reportKpis(years).sort((a, b) => a.year - b.year);
    /** Row id → its unit in the latest report read so far, and that report. */
    const seen = new Map<string, { unit: string; year: number; file: string }>();
    for (const report of ordered) {
      const declared = report.kpis.unitChanges.map((change) => ({ change, used: false }));
      const here = new Map<string, string>();
      report.kpis.groups.forEach((group, g) =>
        group.rows.forEach((row, r) => {
          if (here.has(row.id)) return;
          here.set(row.id, row.unit);
          const before = seen.get(row.id);
          if (!before || before.unit === row.unit) return;
          const declaration = declared.find(
            (d) =>
              d.change.kpi === row.id && d.change.from === before.unit && d.change.to === row.unit,
          );
          if (declaration) {
            declaration.used = true;
            return;
          }
          reports.push({
            file: report.file,
            field: `groups[${g}].rows[${r}].unit`,
            message: `指标 ${showValue(row.id)} 的单位在此为 ${showValue(row.unit)}，而《${before.year} 降碳报告》（${before.file}）中为 ${showValue(before.unit)}：不同单位的数值不能直接比较（否则“较上年”会算出荒谬的变化）。若报告确实改了单位，请在 "unitChanges" 中声明：{ "kpi": "${row.id}", "from": "${before.unit}", "to": "${row.unit}", "reason": "待填写：改用新单位的原因" }，并把“待填写：改用新单位的原因”换成报告写明的原因；否则请把 "unit" 改回 ${showValue(before.unit)}。`,
          });
        }),
      );
      declared.forEach(({ change, used }, i) => {
        if (used) return;
        const before = seen.get(change.kpi);
        reports.push({
          file: report.file,
          field: `unitChanges[${i}]`,
          message: before
            ? `"unitChanges" 声明指标 ${showValue(change.kpi)} 的单位由 ${showValue(change.from)} 改为 ${showValue(change.to)}，但《${before.year} 降碳报告》中的单位是 ${showValue(before.unit)}，本报告中是 ${showValue(here.get(change.kpi))}。请让 "from" 和 "to" 与两份报告印的单位一致，或删除这条声明。`
            : `"unitChanges" 声明了指标 ${showValue(change.kpi)} 的单位变化，但之前的报告中没有这一指标，无从改变单位。请删除这条声明，或改正 "kpi"。`,
        });
      });
      for (const [id, unit] of here) seen.set(id, { unit, year: report.year, file: report.file });
    }
    return reports;
  },
};
