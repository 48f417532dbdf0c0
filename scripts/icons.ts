/**
 * Draws the icons that browsers and phones ask for from public/favicon.svg, with Chromium:
 * public/favicon.ico (16, 32 and 48 px) and public/apple-touch-icon.png (180 px, opaque, since iOS
 * fills transparency with black). Run `npm run icons` after changing the SVG, and commit the files.
 */
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchOptions } from './lib/browser.ts';
import { firstTag, parseXml } from './lib/html.ts';

const SVG = readFileSync('public/favicon.svg', 'utf8');
/** The icon's own green, behind the rounded corners of the Apple icon. */
const BACKGROUND = firstTag(parseXml(SVG), 'rect')?.attribs['fill'] ?? '#1f6f45';

/** An ICO file holding PNG images (read by every current browser), one directory entry each. */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

const browser = await chromium.launch(launchOptions());
try {
  const render = async (size: number, background: string) => {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = SVG.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<body style="margin:0;background:${background}"><div style="display:flex">${svg}</div></body>`,
    );
    const png = await page.screenshot({ omitBackground: background === 'transparent' });
    await page.close();
    return png;
  };
  const sizes = [16, 32, 48];
  const images = await Promise.all(
    sizes.map(async (size) => ({ size, png: await render(size, 'transparent') })),
  );
  writeFileSync('public/favicon.ico', icoFromPngs(images));
  writeFileSync('public/apple-touch-icon.png', await render(180, BACKGROUND));
  console.log('icons: wrote public/favicon.ico and public/apple-touch-icon.png');
} finally {
  await browser.close();
}
