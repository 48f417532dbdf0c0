/**
 * Starts the content of a new report year from the latest one: `npm run new-year -- 2018`.
 * Creates content/<year>/ (structure only, marked draft) and prints what it created and the
 * editors' checklist; refuses, writing nothing, when the year is not a new year after the latest.
 * Works on the content/ folder of the current directory (the project root).
 */
import { runNewYear } from './lib/scaffold-year.ts';
import { toolArgs } from './lib/tool-args.ts';

const { positionals } = toolArgs('new-year', { allowPositionals: true });
const result = await runNewYear(process.cwd(), positionals);
if (result.ok) {
  console.log(result.report);
} else {
  console.error(result.message);
  process.exitCode = 1;
}
