import { checkCorrections } from '../kpi-corrections.ts';
import { checkKpiIds, checkRestatements, reportKpis } from '../kpi-history.ts';
import type { Rule } from './rule.ts';

export const kpiIdContinuity: Rule = {
  id: 'kpi-id-continuity',
  description:
    "A KPI row keeps its id from one report to the next, so that its series joins the earlier years' values instead of silently starting over.",
  check: ({ years }) => checkKpiIds(reportKpis(years)),
};

export const restatementDeclared: Rule = {
  id: 'restatement-declared',
  description:
    'A value that differs from what an earlier report published for the same year is declared as a restatement with its reason, and every declaration matches such a change.',
  check: ({ years }) => checkRestatements(reportKpis(years)),
};

export const correctionDeclared: Rule = {
  id: 'correction-declared',
  description:
    'Each correction of a published KPI figure names a row and year of the table, starts from the value as published and ends at the value the row now holds, so the site can show what changed and why.',
  check: ({ years }) =>
    reportKpis(years).flatMap((report) => checkCorrections(report.file, report.kpis)),
};
