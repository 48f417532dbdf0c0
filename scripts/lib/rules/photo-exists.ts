import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckRule } from './context.ts';

export const photoExists: CheckRule = {
  id: 'photo-exists',
  description: "A photo's picture exists under public/, so that no page shows a broken image.",
  check: ({ root, years }) =>
    years
      .flatMap((content) => [...content.chapters, ...content.cases])
      .flatMap((entry) =>
        entry.data.photos.flatMap((photo, i) =>
          photo.src && !existsSync(join(root, 'public', photo.src))
            ? [
                {
                  file: entry.file,
                  field: `photos[${i}].src`,
                  message: `There is no picture at public${photo.src}. Put the image file there, or correct "src".`,
                },
              ]
            : [],
        ),
      ),
};
