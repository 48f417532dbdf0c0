import { checkCorrections } from '../data/kpi-corrections.ts';
import { reportKpis } from '../data/kpi-history.ts';
import type { Rule } from './lib/rule.ts';

export const correctionDeclared: Rule = {
  id: 'correction-declared',
  description:
    'Each correction of a published KPI figure names a row and year of the table, starts from the value as published and ends at the value the row now holds, so the site can show what changed and why.',
  check: ({ years }) =>
    reportKpis(years).flatMap((report) => checkCorrections(report.file, report.kpis)),
};
