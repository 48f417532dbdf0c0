import { checkKpiIds, reportKpis } from '../data/kpi-history.ts';
import type { Rule } from './lib/rule.ts';

export const kpiIdContinuity: Rule = {
  id: 'kpi-id-continuity',
  description:
    "A KPI row keeps its id from one report to the next, so that its series joins the earlier years' values instead of silently starting over.",
  check: ({ years }) => checkKpiIds(reportKpis(years)),
};
