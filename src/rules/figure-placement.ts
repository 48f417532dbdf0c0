import type { Rule } from './lib/rule.ts';
import { sectionNamed } from './lib/section-named.ts';

export const figurePlacement: Rule = {
  id: 'figure-placement',
  description:
    '章节关键数字（`figures`）的 `section` 是本章正文的一个标题，关键数字就显示在这个标题下。',
  check: sectionNamed('figures'),
};
