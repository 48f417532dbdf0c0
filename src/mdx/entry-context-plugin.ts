import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { entryIdFromPath } from '../data/content/entry-id.ts';
import { ALLOWED_TAGS } from './content-tags.ts';

/** Every content tag needs to know which chapter it stands in. */
const CONTEXT_TAGS = new Set<string>(ALLOWED_TAGS);

/** "…/content/2017/chapters/03-management.mdx" → "2017/management"; undefined outside content/. */
export function entryOfFile(path: string): string | undefined {
  const at = path.lastIndexOf('/content/');
  return at === -1 ? undefined : entryIdFromPath(path.slice(at + '/content/'.length));
}

/**
 * Gives every content tag of a chapter an `entry` attribute naming its file ("2017/management"),
 * so that the tag renders the same on the chapter's page and in the whole-report print document.
 */
export const entryContextPlugin: MdastPluginEntry = ({ fileURL }) => {
  const entry = fileURL ? entryOfFile(fileURLToPath(fileURL)) : undefined;
  if (!entry) return null;
  return {
    name: 'entry-context',
    mdxJsxFlowElement(node, ctx) {
      if (!CONTEXT_TAGS.has(node.name ?? '')) return;
      ctx.replaceNode(node, {
        ...node,
        attributes: [
          ...node.attributes.filter((a) => !('name' in a) || a.name !== 'entry'),
          { type: 'mdxJsxAttribute', name: 'entry', value: entry },
        ],
      });
    },
  };
};
