/**
 * Which objects of a JSON file are written over several lines. Prettier keeps an object expanded
 * when its first key stands on a new line, and joins it onto one line otherwise, if it fits: so a
 * file keeps its layout after Prettier only if each object is written as it was. The CMS learns
 * the layout of each kind of file from the files it reads (paths without indexes, like
 * "tables[].rows[]") and writes objects at those paths expanded, the rest compact. A number
 * keeps its spelling where the file wrote it otherwise than JSON does ("27.0"), if it is unchanged.
 */

/** How a kind of file is laid out: objects expanded, and numbers spelt their own way (by index). */
export interface Layout {
  expanded: Set<string>;
  numbers: Map<string, string>;
}

export const emptyLayout = (): Layout => ({ expanded: new Set(['']), numbers: new Map() });

/** The layout of a JSON text: its expanded objects' paths ("" for the top level), its numbers. */
export function readLayout(
  text: string,
  into: Layout = { expanded: new Set(), numbers: new Map() },
): Layout {
  const found = into.expanded;
  let i = 0;
  const space = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const string = () => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string, at: string): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      if (/^[ \t]*\r?\n/.test(text.slice(i, i + 80))) found.add(path);
      space();
      while (text[i] !== '}') {
        const key = string();
        space();
        i++; // :
        value(path ? `${path}.${key}` : key, `${at}.${key}`);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (c === '[') {
      i++;
      space();
      for (let n = 0; text[i] !== ']'; n++) {
        value(`${path}[]`, `${at}[${n}]`);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (c === '"') string();
    else {
      const start = i;
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
      const literal = text.slice(start, i);
      if (/^-?\d/.test(literal) && String(Number(literal)) !== literal)
        into.numbers.set(at, literal);
    }
  };
  value('', '');
  return into;
}

/** JSON text of `value` in `layout`: objects at its paths over several lines, the rest compact. */
export function layOut(value: unknown, layout: Layout, path = '', at = ''): string {
  if (Array.isArray(value))
    return `[${value.map((item, n) => layOut(item, layout, `${path}[]`, `${at}[${n}]`)).join(',')}]`;
  if (typeof value === 'number') {
    const literal = layout.numbers.get(at);
    return literal !== undefined && Number(literal) === value ? literal : JSON.stringify(value);
  }
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value).map(([key, item]) => {
    const inner = layOut(item, layout, path ? `${path}.${key}` : key, `${at}.${key}`);
    return `${JSON.stringify(key)}:${inner}`;
  });
  return layout.expanded.has(path) ? `{\n${entries.join(',\n')}\n}` : `{${entries.join(',')}}`;
}
