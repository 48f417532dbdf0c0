import { describe, expect, test } from 'vitest';
import {
  cssString,
  isLocalUrl,
  isSafeUrl,
  jsonForScript,
} from '../../../../src/data/text/safe-output';

describe('jsonForScript', () => {
  test.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- <script>'],
    ['a & b > c'],
    ['line\u2028separator\u2029paragraph'],
  ])('%j cannot end or confuse the script element, and parses back', (text) => {
    const json = jsonForScript({ name: text, values: [1, null] });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ name: text, values: [1, null] });
  });
});

describe('cssString', () => {
  test('quotes, backslashes and line breaks are escaped', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\a d"');
  });
  test('</style> can never appear', () => {
    const css = cssString('</style><script>alert(1)</script>');
    expect(css).not.toContain('<');
    expect(css).toBe('"\\3c /style>\\3c script>alert(1)\\3c /script>"');
  });
  test('control characters are dropped; Chinese passes as it is', () => {
    expect(cssString('中国铝业\u0000集团《2017 降碳报告》')).toBe(
      '"中国铝业集团《2017 降碳报告》"',
    );
  });
});

describe('isSafeUrl', () => {
  test.each([
    'https://www.chinalco.com.cn/',
    'http://example.com/a?b#c',
    'mailto:someone@example.com',
    '#section',
    '/2017/management/',
    '../cases/',
    'report.pdf',
    '2017/a:b',
  ])('%s is allowed', (url) => expect(isSafeUrl(url)).toBe(true));

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'javascript&#58;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript&colon;alert(1)',
    '\njavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    ':nothing',
  ])('%j is refused', (url) => expect(isSafeUrl(url)).toBe(false));
});

describe('isLocalUrl', () => {
  test.each(['photo.jpg', '/2017/a.png', '../b.webp', '#x', 'a.jpg 1x, b.jpg 2x'])(
    '%s stays on this site',
    (url) => expect(isLocalUrl(url)).toBe(true),
  );
  test.each([
    'https://tracker.example/p.gif',
    'http://tracker.example/p.gif',
    '//tracker.example/p.gif',
    '/\\tracker.example/p.gif',
    ' //tracker.example/p.gif',
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
  ])('%j leaves it', (url) => expect(isLocalUrl(url)).toBe(false));
});
