import { checkYear } from '../integrity.ts';
import type { Rule } from './rule.ts';

export const references: Rule = {
  id: 'references',
  description:
    'Every reference between the files of a year resolves, and every chapter, case, figure, photo and table stands once in its place.',
  check: ({ years }) => years.flatMap(checkYear),
};
