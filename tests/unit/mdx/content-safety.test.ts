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
    ['import x from "y";', /第 4 行：import \/ export 语句/],
    ['export const a = 1;', /第 4 行：import \/ export 语句/],
    ['{alert(1)}', /第 4 行：\{alert\(1\)\} 是 JavaScript 表达式/],
    ['text {process.exit(1)} text', /是 JavaScript 表达式/],
    ['<script>alert(1)</script>', '第 4 行：<script> 不是正文可用的标签'],
    ['<img src="x" onerror="alert(1)" />', '<img> 不是正文可用的标签'],
    ['<svg><script>alert(1)</script></svg>', '<svg> 不是正文可用的标签'],
    ['<iframe src="https://example.com" />', '<iframe> 不是正文可用的标签'],
    ['<object data="x" />', '<object> 不是正文可用的标签'],
    ['<base href="https://evil.example/" />', '<base> 不是正文可用的标签'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/" />', '<meta>'],
    ['<Case id={alert(1)} />', '<Case> 的属性 id 是表达式。标签只能带纯文本属性'],
    ['<Case {...x} />', /标签只能带纯文本属性/],
    ['[a](javascript:alert(1))', /第 4 行：链接地址 "javascript:alert\(1\)" 不允许发布/],
    ['[a](JaVaScRiPt:alert(1))', /不允许发布/],
    ['[a](javascript&#58;alert(1))', /"javascript:alert\(1\)" 不允许发布/],
    ['[a](&#106;avascript:alert(1))', /"javascript:alert\(1\)" 不允许发布/],
    ['[a](\njavascript:alert(1))', /不允许发布/],
    ['[a][r]\n\n[r]: javascript:alert(1)', /第 6 行：链接地址/],
    ['![a](data:text/html,x)', /图片地址 "data:text\/html,x"/],
    ['![a](https://tracker.example/p.gif)', /第 4 行：图片地址 ".*" 不在本站/],
    ['![a](//tracker.example/p.gif)', /不在本站/],
    ['![a][p]\n\n[p]: https://tracker.example/p.gif', /第 4 行：图片地址/],
    ['[a](vbscript:msgbox(1))', /不允许发布/],
  ])('%j', async (body, message) => {
    const error = await compile(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^content\/2017\/chapters\/03-management\.mdx 不能发布/,
    );
    expect((error as Error).message).toMatch(message);
  });

  test('a layout in the frontmatter is refused', async () => {
    const error = await (async () =>
      mdxToJs('---\nlayout: "../../x.astro"\n---\ntext', {
        mdastPlugins: [contentSafetyPlugin],
        fileURL: FILE,
      }))().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/frontmatter 中不允许 "layout"/);
  });

  test('every problem of a file is told at once', async () => {
    const error = (await compile('{a}\n\n{b}\n\n<script />').catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/其中有 3 处内容/);
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
