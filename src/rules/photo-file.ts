import { checkPhotoFiles } from '../data/photo-check.ts';
import type { Rule } from './lib/rule.ts';

export const photoFile: Rule = {
  id: 'photo-file',
  description:
    "Every photo's picture exists under `content/<year>/photos/`, is a JPEG, PNG or WebP, and stays within the size limits, so that no page shows a broken image or carries a camera original.",
  check: ({ root, years }) => checkPhotoFiles(root, years),
};
