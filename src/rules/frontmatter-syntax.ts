import { foundWhileReading } from './lib/found-while-reading.ts';

export const frontmatterSyntax = foundWhileReading(
  'frontmatter-syntax',
  '每个章节和案例的 frontmatter（两行 --- 之间）都是有效的 YAML，才能被读取。',
);
