/**
 * The MDX pipeline itself (not the check) refuses or neutralises everything that could run as
 * code, for every way the site is rendered.
 */
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { contentSafetyPlugin } from '../../../src/mdx/content-safety-plugin';
import { entryContextPlugin } from '../../../src/mdx/entry-context-plugin';
import { htmlSafetyPlugin } from '../../../src/mdx/html-safety-plugin';

const FILE = new URL('file:///site/content/2017/chapters/03-management.mdx');

async function compile(body: string, hastOnly = false) {
  const { code } = await mdxToJs(`---\ntitle: "x"\n---\n${body}`, {
    mdastPlugins: hastOnly ? [] : [contentSafetyPlugin, entryContextPlugin],
    hastPlugins: [htmlSafetyPlugin],
    fileURL: FILE,
  });
  return code;
}

describe('content safety: the build stops, naming the file and line', () => {
  test.each([
    ['import x from "y";', /line 4: an import or export statement/],
    ['export const a = 1;', /line 4: an import or export statement/],
    ['{alert(1)}', /line 4: \{alert\(1\)\} is a JavaScript expression/],
    ['text {process.exit(1)} text', /is a JavaScript expression/],
    ['<script>alert(1)</script>', /line 4: <script> is not one of the tags/],
    ['<img src="x" onerror="alert(1)" />', /<img> is not one of the tags/],
    ['<svg><script>alert(1)</script></svg>', /<svg> is not one of the tags/],
    ['<iframe src="https://example.com" />', /<iframe> is not one of the tags/],
    ['<object data="x" />', /<object> is not one of the tags/],
    ['<base href="https://evil.example/" />', /<base> is not one of the tags/],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/" />', /<meta>/],
    ['<Case id={alert(1)} />', /<Case> may only have attributes with plain "text" values/],
    ['<Case {...x} />', /may only have attributes with plain "text" values/],
    ['[a](javascript:alert(1))', /line 4: the link address "javascript:alert\(1\)" is not allowed/],
    ['[a](JaVaScRiPt:alert(1))', /is not allowed/],
    ['[a](javascript&#58;alert(1))', /"javascript:alert\(1\)" is not allowed/],
    ['[a](&#106;avascript:alert(1))', /"javascript:alert\(1\)" is not allowed/],
    ['[a](\njavascript:alert(1))', /is not allowed/],
    ['[a][r]\n\n[r]: javascript:alert(1)', /line 6: the link address/],
    ['![a](data:text/html,x)', /the image address "data:text\/html,x" is not on this site/],
    ['![a](https://tracker.example/p.gif)', /line 4: the image address ".*" is not on this site/],
    ['![a](//tracker.example/p.gif)', /is not on this site/],
    ['![a][p]\n\n[p]: https://tracker.example/p.gif', /line 4: the image address/],
    ['[a](vbscript:msgbox(1))', /is not allowed/],
  ])('%j', async (body, message) => {
    const error = await compile(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^content\/2017\/chapters\/03-management\.mdx cannot be published/,
    );
    expect((error as Error).message).toMatch(message);
  });

  test('a layout in the frontmatter is refused', async () => {
    const error = await (async () =>
      mdxToJs('---\nlayout: "../../x.astro"\n---\ntext', {
        mdastPlugins: [contentSafetyPlugin],
        fileURL: FILE,
      }))().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/"layout" is not allowed/);
  });

  test('every problem of a file is told at once', async () => {
    const error = (await compile('{a}\n\n{b}\n\n<script />').catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/holds 3 things/);
  });
});

describe('content safety: what editors write passes', () => {
  test('Markdown, comments, the site tags and safe links compile', async () => {
    const code = await compile(
      [
        '## 降碳管理 {/* 小节 */}',
        '',
        '见 [中铝](https://www.chinalco.com.cn/)、[邮件](mailto:a@example.com)、[本节](#x)、[案例](../cases/)。',
        '',
        '<Case id="red-mud-utilisation" />',
      ].join('\n'),
    );
    expect(code).toContain('https://www.chinalco.com.cn/');
    expect(code).toContain('red-mud-utilisation');
  });
});

describe('HTML safety: the last step neutralises whatever reaches it', () => {
  test('an unsafe href is removed even without the content-safety step', async () => {
    const code = await compile('[a](javascript:alert(1)) [b](https://example.com/)', true);
    expect(code).not.toMatch(/javascript:/i);
    expect(code).toContain('https://example.com/');
  });
  test('an image from another host loses its address', async () => {
    const code = await compile(
      '![a](https://tracker.example/p.gif) ![b](//tracker.example/q.gif)',
      true,
    );
    expect(code).not.toContain('tracker.example');
  });
  test('event handlers are removed from every element', async () => {
    const code = await compile(
      '<p onclick="alert(1)">x</p><img src="data:x" onerror="alert(2)" />',
      true,
    );
    expect(code).not.toMatch(/alert|onclick|onerror/);
  });
  test('only the site tags survive, with plain attributes; expressions and imports are dropped', async () => {
    const code = await compile(
      'import x from "node:fs";\n\n{process.exit(1)}\n\n<script>alert(1)</script>\n\n<Case id="a" onClick="alert(2)" />\n\n{/* a comment */}',
      true,
    );
    expect(code).not.toMatch(/node:fs|process\.exit|alert|script/);
    expect(code).toMatch(/Case/);
  });
});
