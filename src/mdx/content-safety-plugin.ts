import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { safetyVisitors, type Located } from './safety-policy.ts';

/** Thrown while compiling an MDX file that holds something that could run as code. */
export class UnsafeContentError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(
      `${file} 不能发布：其中有 ${problems.length} 处内容可能作为代码运行（规则 mdx-safe）。\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
    this.name = 'UnsafeContentError';
  }
}

/**
 * The safety policy (safety-policy.ts) in every way the site is rendered (build, preview build,
 * dev server): the content loader refuses such a file first, with the check's message; this stops
 * any that reaches the renderer another way.
 */
export const contentSafetyPlugin: MdastPluginEntry = ({ fileURL }) => {
  const file = fileURL ? relativeToProject(fileURLToPath(fileURL)) : '(MDX)';
  const problems: string[] = [];
  const visitors = safetyVisitors((node: Located, message) =>
    problems.push(`${node.position ? `第 ${node.position.start.line} 行：` : ''}${message}`),
  );
  return {
    name: 'content-safety',
    options: { position: true },
    ...visitors,
    after() {
      visitors.after();
      if (problems.length > 0) throw new UnsafeContentError(file, problems);
    },
  };
};

function relativeToProject(path: string): string {
  const at = path.lastIndexOf('/content/');
  return at === -1 ? path : path.slice(at + 1);
}
