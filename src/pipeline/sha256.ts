/** The one content hash of the project: SHA-256 as hex (seals, render caches, search halves). */
import { createHash } from 'node:crypto';

export const sha256 = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');
