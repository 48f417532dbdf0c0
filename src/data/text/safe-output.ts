/**
 * Escaping for the places where content text meets a context that Astro's `{expression}` does not
 * escape for: JSON inside a `<script>` element, and strings inside CSS (CSV: src/data/text/csv.ts). Every such place goes
 * through one of these, so no content text can end the element it stands in.
 */
import { decodeHTML } from 'entities';

const JSON_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/json">` element: `<`, `>`, `&`, U+2028 and U+2029 are
 * written as \u escapes, so `</script>` or `<!--` can never appear and JSON.parse reads it back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => JSON_IN_SCRIPT[c] ?? c);
}

/**
 * A CSS string literal (double quotes) holding `text` and nothing else: quotes, backslashes and
 * line breaks escaped, other control characters dropped, and `<` written as `\3c ` so that a
 * `</style>` can never appear inside the stylesheet.
 */
export function cssString(text: string): string {
  const body = [...text]
    .map((c) => {
      if (c === '\\') return '\\\\';
      if (c === '"') return '\\"';
      if (c === '<') return '\\3c ';
      if (c === '\n' || c === '\r' || c === '\f') return '\\a ';
      if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(c)) return '';
      return c;
    })
    .join('');
  return `"${body}"`;
}

/** The URL as a browser reads it: entities decoded, whitespace and control characters dropped. */
function normaliseUrl(url: string): string {
  return decodeHTML(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

/** The schemes a link or image in content may use; everything else (javascript:, data:, vbscript:…) is refused. */
export const ALLOWED_URL_SCHEMES = ['http', 'https', 'mailto'] as const;

/**
 * Whether a URL from content is safe to publish as a link or image address: `http:`, `https:`,
 * `mailto:`, a `#fragment` or a relative address. HTML entities are decoded and the characters a
 * browser ignores in a scheme (whitespace, control characters) removed first, so
 * `&#106;avascript:`, `java&#x09;script:` and `JaVaScRiPt:` are all recognised.
 */
export function isSafeUrl(url: string): boolean {
  const normalised = decodeHTML(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([^/?#]*?):/.exec(normalised)?.[1];
  if (scheme === undefined) return true;
  return (ALLOWED_URL_SCHEMES as readonly string[]).includes(scheme.toLowerCase());
}

/**
 * Whether an address the browser would load by itself (an image, a video) stays on this site: a
 * relative path or a #fragment, no scheme and no other host (`//host`, or `/\\host`, which
 * browsers read alike). No reader's browser may be sent to another origin just by opening a page.
 */
export function isLocalUrl(url: string): boolean {
  const normalised = normaliseUrl(url).replaceAll('\\', '/');
  return isSafeUrl(url) && !/^[^/?#]*:/.test(normalised) && !normalised.startsWith('//');
}
