import { resolve } from 'node:path';

/** The project's folder, for tests that read its files or run its tools. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
