import type { Rule } from './lib/rule.ts';
import { sectionNamed } from './lib/section-named.ts';

export const photoPlacement: Rule = {
  id: 'photo-placement',
  description:
    '章节 frontmatter 中每张图片的 "section" 都是本章正文的一个标题，图片就显示在这个小节下。',
  check: sectionNamed('photos'),
};
