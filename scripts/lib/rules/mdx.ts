import { mdxToJs } from 'satteri';
import { unsafeConstructs } from '../../../src/data/mdx-body.ts';
import type { Report } from '../../../src/data/rules/rule.ts';
import type { Sourced, YearContent } from '../../../src/data/year-content.ts';
import type { CheckRule } from './context.ts';

const compiled = new Map<string, Report | undefined>();

/** Why an MDX body does not compile, or undefined if it does (remembered per body). */
export function compileProblem(entry: Sourced<unknown>): Report | undefined {
  const body = entry.body ?? '';
  if (compiled.has(body)) {
    const found = compiled.get(body);
    return found && { ...found, file: entry.file };
  }
  let found: Report | undefined;
  try {
    mdxToJs(body);
  } catch (error) {
    const match = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec((error as Error).message);
    found = {
      file: entry.file,
      field: 'body',
      ...(match ? { line: Number(match[1]) + (entry.bodyStartLine ?? 0) } : {}),
      message: `The text does not compile as MDX: ${match ? match[3] : (error as Error).message}. A "<" or "{" in plain text must be written as &lt; or &#123;.`,
    };
  }
  compiled.set(body, found);
  return found;
}

const bodies = (years: readonly YearContent[]) =>
  years.flatMap((content) => [...content.chapters, ...content.cases]);

export const mdxCompiles: CheckRule = {
  id: 'mdx-compiles',
  description: 'The text of every chapter and case compiles as MDX.',
  check: ({ years }) => bodies(years).flatMap((entry) => compileProblem(entry) ?? []),
};

export const mdxSafe: CheckRule = {
  id: 'mdx-safe',
  description:
    'The text of a chapter or case uses only the tags and Markdown an editor may use, so that nothing in it can run as script on the page.',
  check: ({ years }) =>
    bodies(years).flatMap((entry) =>
      unsafeConstructs(entry.body ?? '').map(({ line, message }) => ({
        file: entry.file,
        field: 'body',
        line: line + (entry.bodyStartLine ?? 0),
        message,
      })),
    ),
};
