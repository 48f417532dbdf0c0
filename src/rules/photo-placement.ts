import type { Rule } from './lib/rule.ts';
import { sectionNamed } from './lib/section-named.ts';

export const photoPlacement: Rule = {
  id: 'photo-placement',
  description:
    "The section a chapter's photo names is a heading of the chapter's text, under which the photo is shown.",
  check: sectionNamed('photos'),
};
