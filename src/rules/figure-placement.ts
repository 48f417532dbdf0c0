import type { Rule } from './lib/rule.ts';
import { sectionNamed } from './lib/section-named.ts';

export const figurePlacement: Rule = {
  id: 'figure-placement',
  description:
    "The section a chapter's key figure names is a heading of the chapter's text, under which the figure is shown.",
  check: sectionNamed('figures'),
};
