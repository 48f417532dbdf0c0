/** Serves a built folder on a fixed loopback port (for Playwright): `node scripts/serve.ts dist 4329`. */
import { startStaticServer } from './lib/static-server.ts';

const [root = 'dist', port = '4329'] = process.argv.slice(2);
const server = await startStaticServer(root, { port: Number(port) });
console.log(`Serving ${root} at ${server.url}`);
