import { foundWhileReading } from './lib/found-while-reading.ts';

export const mdxCompiles = foundWhileReading(
  'mdx-compiles',
  '每个章节和案例的正文都能作为 MDX 解析，网站才能把它排成页面。',
);
