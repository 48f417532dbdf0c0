/**
 * Serves a built folder on a fixed loopback port (for Playwright):
 * `node scripts/serve.ts dist 4329 [/reports/carbon/]`, the last the base it was built for.
 */
import { startStaticServer } from './lib/static-server.ts';
import { basePath } from '../src/data/site/base-path.ts';
import { toolArgs } from './lib/tool-args.ts';

const { positionals } = toolArgs('serve', { allowPositionals: true });
const [root = 'dist', port = '4329', base] = positionals;
const server = await startStaticServer(root, { port: Number(port), base: basePath(base) });
console.log(`Serving ${root} at ${server.url}${basePath(base)}`);
