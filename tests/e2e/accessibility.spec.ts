import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { onePerTemplate, sitePages } from './site-pages.ts';
import { pageLaidOut } from './support/page-scripts.ts';

// Every page on a wide screen; on a phone, whose colours and markup are the same, one of each kind.
const SAMPLED = new Set(onePerTemplate());

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** axe's rules about colour: text contrast, and links told apart from the text around them. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of sitePages()) {
    test(`${path} has no accessibility violations in ${scheme} (axe, ${scheme === 'light' ? 'WCAG 2.2 A/AA, best practice' : 'its colour rules'})`, async ({
      page,
      isMobile,
    }) => {
      test.skip(
        isMobile && !SAMPLED.has(path),
        'a page of the same template is checked on a phone',
      );
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: scheme });
      await page.goto(path);
      // The page as its scripts leave it, with every block laid out: nothing moves while axe
      // measures colours (a chapter lays its later blocks out after its first paint).
      await pageLaidOut(page);
      // The search page shows its field once its script has run: check the field, not an empty box.
      if (path.endsWith('/search/')) await page.locator('#search input').first().waitFor();
      // The dark scheme changes colours only: there, the rules about colour (the rest ran in light).
      const axe = new AxeBuilder({ page });
      const { violations } = await (
        scheme === 'light' ? axe.withTags(TAGS) : axe.withRules(COLOUR_RULES)
      ).analyze();
      expect(
        violations.map(
          (v) =>
            `${path} (${scheme}): ${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the header search, open with results, has no accessibility violations in ${scheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: scheme });
    await page.goto('/2017/operations/');
    await page.getByRole('banner').getByRole('button', { name: '搜索', exact: true }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('赤泥');
    await page.getByRole('dialog').locator('.pf-heading-link').first().waitFor();
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes[0]?.target.join(' ')}`)).toEqual(
      [],
    );
  });
}

/** sRGB colours in computed CSS: rgb()/rgba() and color(srgb …), with their alpha. */
function parseColours(css: string): { rgb: [number, number, number]; alpha: number }[] {
  const colours: { rgb: [number, number, number]; alpha: number }[] = [];
  for (const m of css.matchAll(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/g))
    colours.push({ rgb: [+m[1]!, +m[2]!, +m[3]!], alpha: m[4] === undefined ? 1 : +m[4] });
  for (const m of css.matchAll(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/g))
    colours.push({
      rgb: [+m[1]! * 255, +m[2]! * 255, +m[3]! * 255],
      alpha: m[4] === undefined ? 1 : +m[4],
    });
  return colours;
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const luminance = (rgb: [number, number, number]) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Pages whose first focusable elements sit on the header, the green cover and the chapter heroes. */
const FOCUS_PAGES = ['/2017/', '/2017/operations/', '/2017/pillars/production/', '/2017/kpis/'];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of FOCUS_PAGES) {
    test(`${path} in ${scheme}: the focus ring keeps 3:1 against every colour behind it`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const problems: string[] = [];
      for (let step = 0; step < 16; step++) {
        await page.keyboard.press('Tab');
        const seen = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return undefined;
          const style = getComputedStyle(element);
          // The colours behind the ring: the nearest ancestor that paints a background.
          let behind: Element | null = element.parentElement;
          while (behind) {
            const b = getComputedStyle(behind);
            if (b.backgroundImage !== 'none' || !/rgba\(0, 0, 0, 0\)/.test(b.backgroundColor))
              break;
            behind = behind.parentElement;
          }
          const b = getComputedStyle(behind ?? document.body);
          return {
            name: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 12)}"`,
            ring: style.outlineStyle === 'none' ? '' : style.outlineColor,
            behind: `${b.backgroundColor} ${b.backgroundImage}`,
          };
        });
        if (!seen) continue;
        const [ring] = parseColours(seen.ring);
        if (!ring) {
          problems.push(`${seen.name}: no focus ring`);
          continue;
        }
        // Translucent layers (decorative glows) are left out; every opaque colour is compared.
        for (const { rgb } of parseColours(seen.behind).filter((c) => c.alpha === 1)) {
          const ratio = contrast(ring.rgb, rgb);
          if (ratio < 3)
            problems.push(
              `${seen.name}: ring ${seen.ring} on rgb(${rgb.join(', ')}) is ${ratio.toFixed(2)}:1`,
            );
        }
      }
      expect(problems).toEqual([]);
    });
  }
}
