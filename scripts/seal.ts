/**
 * Seals a published year: `npm run seal -- 2017` records a fingerprint of every file of
 * content/2017/ and its KPI figures in content/published.json. From then on `npm run check` reports
 * any change to the year's files, and resealing accepts a changed KPI figure only as a declared
 * correction, so published data changes only deliberately. See src/pipeline/seals.ts.
 */
import { runSeal } from './lib/run-seal.ts';
import { toolArgs } from './lib/tool-args.ts';

const { positionals } = toolArgs('seal', { allowPositionals: true });
const result = await runSeal(process.cwd(), positionals);
if (result.ok) {
  console.log(result.message);
} else {
  console.error(result.message);
  process.exitCode = 1;
}
