import { checkPhotoFiles } from '../data/load/photo-check.ts';
import type { Rule } from './lib/rule.ts';

export const photoFile: Rule = {
  id: 'photo-file',
  description:
    '每张图片在 `content/<年份>/photos/` 中都有文件，格式为 JPEG、PNG 或 WebP，大小不超过限制，页面上才不会出现破图，也不会带上相机原图。',
  check: ({ root, years }) => checkPhotoFiles(root, years),
};
