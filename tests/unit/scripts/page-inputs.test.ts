import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  cssReferences,
  htmlReferences,
  pageInputs,
  scriptReferences,
} from '../../../scripts/lib/page-inputs.ts';

describe('htmlReferences', () => {
  test.each([
    ['a stylesheet', '<link rel="stylesheet" href="/_astro/a.css">', ['/_astro/a.css']],
    ['a module script', '<script type="module" src="/_astro/a.js"></script>', ['/_astro/a.js']],
    ['an image', '<img src="/p/a.webp" alt="">', ['/p/a.webp']],
    [
      'every candidate of a srcset',
      '<img srcset="/p/a-400.webp 400w, /p/a-800.webp 800w" alt="">',
      ['/p/a-400.webp', '/p/a-800.webp'],
    ],
    ['an SVG sprite', '<svg><use href="/icons.svg#leaf"></use></svg>', ['/icons.svg#leaf']],
    ['an entity in an address', '<img src="/p/a.webp?x=1&amp;y=2" alt="">', ['/p/a.webp?x=1&y=2']],
    ['a url() in a style attribute', '<div style="background: url(/p/b.png)"></div>', ['/p/b.png']],
    ['a url() in a style element', '<style>@font-face{src:url("/f.woff2")}</style>', ['/f.woff2']],
    ['not a link to another page', '<a href="/2017/intro/">引言</a>', []],
  ])('%s', (_name, html, expected) => {
    expect(htmlReferences(html)).toEqual(expected);
  });
});

test('cssReferences: url() in every quoting, @import, and no data: or fragment', () => {
  const css = `@import "print.css"; a{background:url(a.png)} b{background:url('b.png')}
    c{background:url("c.png")} d{background:url(data:image/png;base64,AA)} e{filter:url(#f)}`;
  expect(cssReferences(css)).toEqual(['a.png', 'b.png', 'c.png', 'print.css']);
});

test('scriptReferences: static imports, import() in any quotes, preload lists', () => {
  const js =
    'import{a}from"./shared.Bx1.js";const l=()=>import(`./chart-draw.D8.js`);const d=["../_astro/x.css"];';
  expect(scriptReferences(js)).toEqual([
    './shared.Bx1.js',
    './chart-draw.D8.js',
    '../_astro/x.css',
  ]);
});

describe('pageInputs', () => {
  const site = mkdtempSync(join(tmpdir(), 'page-inputs-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const file = (path: string, text: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  };
  file('_astro/page.css', '@font-face{src:url(./font.woff2)} h1{background:url(/base/bg.png)}');
  file('_astro/font.woff2', 'font');
  file('bg.png', 'png');
  file('_astro/chart.js', 'const l=()=>import("./draw.js")');
  file('_astro/draw.js', 'import"./chart.js";');

  test('follows stylesheets and scripts to what they load, under the base, once each', () => {
    const html = `<link rel="stylesheet" href="/base/_astro/page.css">
      <link rel="canonical" href="/base/2017/intro/">
      <script type="module" src="/base/_astro/chart.js"></script>
      <img src="../../../other/x.png" alt=""><img src="data:image/png;base64,AA" alt=""><img src="https://elsewhere.example/y.png" alt="">
      <img src="/base/gone.webp" alt="">`;
    expect(pageInputs(site, '/base/', '/base/2017/intro/', html)).toEqual([
      '_astro/chart.js',
      '_astro/draw.js',
      '_astro/font.woff2',
      '_astro/page.css',
      'bg.png',
      'gone.webp',
    ]);
  });
});
