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

/** The tags an editor may use in a chapter; anything else could run code or break the page. */
export const ALLOWED_TAGS = [
  'Case',
  'KeyFigures',
  'Photos',
  'DataTable',
  'PillarModel',
  'PillarInitiatives',
  'Honours',
  'KpiTable',
] as const;

export interface UnsafeConstruct {
  line: number;
  message: string;
}

/**
 * What in an MDX body could run as script, or pull in code, on the published page: import/export
 * statements, {expressions}, HTML or unknown component tags, and javascript: links. Only comments
 * ({/* … *\/}) and the allowed tags with plain "text" attributes pass.
 */
export function unsafeConstructs(
  body: string,
  allowed: readonly string[] = ALLOWED_TAGS,
): UnsafeConstruct[] {
  const found: UnsafeConstruct[] = [];
  let inFence = false;
  body.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (FENCE.test(raw)) inFence = !inFence;
    if (inFence) return;
    if (/^\s*(import|export)\s/.test(raw)) {
      found.push({
        line,
        message:
          'An import or export statement would run code when the site is built. Remove it; chapters use only the tags the site provides.',
      });
    }
    const withoutComments = raw.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
    if (/[{}]/.test(withoutComments)) {
      found.push({
        line,
        message:
          'Curly braces start a JavaScript expression in MDX. Remove them; for a comment write {/* … */}.',
      });
    }
    for (const match of withoutComments.matchAll(/<([A-Za-z][\w.-]*)/g)) {
      const name = match[1] ?? '';
      if (!allowed.includes(name)) {
        found.push({
          line,
          message: `<${name}> is not one of the tags a chapter may use (${allowed.map((t) => `<${t}>`).join(', ')}). Write plain text and Markdown instead.`,
        });
      }
    }
    if (/\]\(\s*javascript:/i.test(raw)) {
      found.push({
        line,
        message:
          'A javascript: link would run code when clicked. Link to a page or a file instead.',
      });
    }
  });
  return found;
}
