/** What can be read off an MDX body without compiling it: its headings and its component tags. */

export interface BodyHeading {
  depth: number;
  text: string;
  line: number;
}

const FENCE = /^\s*(```|~~~)/;

/** The ATX headings (## and deeper) of a Markdown body, outside code fences, with 1-based lines. */
export function extractHeadings(body: string): BodyHeading[] {
  const headings: BodyHeading[] = [];
  let inFence = false;
  body.split('\n').forEach((raw, index) => {
    if (FENCE.test(raw)) inFence = !inFence;
    if (inFence) return;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(raw);
    if (match?.[1] && match[2])
      headings.push({ depth: match[1].length, text: match[2], line: index + 1 });
  });
  return headings;
}

export interface BodyTag {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

/** The self-closing component tags `<Name attr="value" />` of an MDX body, with 1-based lines. */
export function extractTags(body: string): BodyTag[] {
  const tags: BodyTag[] = [];
  const tagPattern = /<([A-Z][A-Za-z]*)((?:\s+[a-zA-Z]+="[^"]*")*)\s*\/>/g;
  body.split('\n').forEach((raw, index) => {
    for (const match of raw.matchAll(tagPattern)) {
      const attributes: Record<string, string> = {};
      for (const attr of (match[2] ?? '').matchAll(/([a-zA-Z]+)="([^"]*)"/g)) {
        if (attr[1]) attributes[attr[1]] = attr[2] ?? '';
      }
      tags.push({ name: match[1] ?? '', attributes, line: index + 1 });
    }
  });
  return tags;
}
