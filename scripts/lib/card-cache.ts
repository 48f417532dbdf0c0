/**
 * The sharing-card cache: a card is kept under a key made of its text, its size and the renderer
 * (the Chromium version, the code of scripts/cards.ts with its template and every module it
 * imports, the Playwright version), and reused while that key is unchanged.
 */
import { CARD_CACHE } from './build-paths.ts';
import { RenderCache } from './render-cache.ts';
import { sha256 } from '../../src/pipeline/sha256.ts';

/** Bump to drop every entry written before a change in what the key means. */
const KEY_FORMAT = 1;

export const CARD_RENDERER_PACKAGES = ['@playwright/test'];

export function cardKey(text: unknown, size: unknown, renderer: string): string {
  return sha256(JSON.stringify({ format: KEY_FORMAT, renderer, text, size }));
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The last chunk of every PNG: IEND, no data, and its CRC. */
const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/** Whether bytes are a whole PNG: its signature at the start, the IEND chunk at the end. */
export function isWholePng(bytes: Uint8Array): boolean {
  return (
    bytes.length > PNG_SIGNATURE.length + PNG_END.length &&
    PNG_SIGNATURE.every((byte, i) => bytes[i] === byte) &&
    PNG_END.every((byte, i) => bytes[bytes.length - PNG_END.length + i] === byte)
  );
}

export const cardCache = () => new RenderCache(CARD_CACHE, 'png', isWholePng);
