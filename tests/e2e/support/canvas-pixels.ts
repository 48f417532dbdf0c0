import type { Locator } from '@playwright/test';

/**
 * Whether a canvas shows pixels of a colour (#rrggbb, within a little antialiasing) or, without a
 * colour, anything but its background. Read from a screenshot, as a reader sees it: on screen a
 * chart is drawn by a worker on a canvas the page handed over, which the page can no longer read.
 */
export async function shows(canvas: Locator, colour?: string): Promise<boolean> {
  const png = await canvas.screenshot();
  return canvas.page().evaluate(
    async ({ base64, colour }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      // Without a colour: pixels unlike the top left corner, which is the chart's padding.
      const [r, g, b] = colour
        ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
        : [data[0]!, data[1]!, data[2]!];
      const near = colour ? 6 : 40;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const alike =
          Math.abs(data[i]! - r!) < near &&
          Math.abs(data[i + 1]! - g!) < near &&
          Math.abs(data[i + 2]! - b!) < near;
        if (colour ? alike : !alike) count++;
      }
      // A drawn chart differs from its background in far more than a stray pixel.
      return colour ? count > 0 : count > data.length / 4 / 500;
    },
    { base64: png.toString('base64'), colour },
  );
}
