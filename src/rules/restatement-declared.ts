import { checkRestatements, reportKpis } from '../data/kpi-history.ts';
import type { Rule } from './lib/rule.ts';

export const restatementDeclared: Rule = {
  id: 'restatement-declared',
  description:
    'A value that differs from what an earlier report published for the same year is declared as a restatement with its reason, and every declaration matches such a change.',
  check: ({ years }) => checkRestatements(reportKpis(years)),
};
