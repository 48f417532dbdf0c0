import type { Rule } from './lib/rule.ts';
import { firstNonUtf8Line, hasBom, sourceText } from '../pipeline/source-text.ts';

/**
 * Astro reads every file as UTF-8: GBK bytes would be published as garbage. It strips a byte order
 * mark from MDX but refuses one in JSON ("Unexpected token"), so a BOM is accepted in MDX only.
 */
export const fileEncoding: Rule = {
  id: 'file-encoding',
  description:
    'Every content file is saved as UTF-8 (a JSON file without byte order mark), so that its Chinese text is published as written.',
  check: ({ sources }) =>
    sources.flatMap((source) => {
      if (!/\.(json|mdx)$/.test(source.file)) return [];
      if (sourceText(source) === undefined)
        return [
          {
            file: source.file,
            field: '(file)',
            line: firstNonUtf8Line(source.bytes),
            message:
              'The file is not UTF-8 (it looks saved as GBK or another legacy encoding), so its Chinese text would be published as garbage. Open it in your editor and save it as UTF-8 ("UTF-8", not "GBK" or "ANSI", in the encoding menu of the save dialog).',
          },
        ];
      if (source.file.endsWith('.json') && hasBom(source))
        return [
          {
            file: source.file,
            field: '(file)',
            line: 1,
            message:
              'The file starts with a byte order mark (BOM), which the site cannot read in a JSON file. Save it as UTF-8 without BOM ("UTF-8", not "UTF-8 with BOM", in the encoding menu of the save dialog).',
          },
        ];
      return [];
    }),
};
