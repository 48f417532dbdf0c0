/**
 * Marks a draft year finished: `node scripts/finish-year.ts 2018` removes `"draft": true` from
 * content/2018/report.json (scripts/lib/finish-year.ts). The workflow "封存年度"
 * (.github/workflows/seal.yml) runs it before `npm run seal`, which then refuses the year if the
 * check still reports problems in it. Works on the content/ folder of the current directory.
 */
import { finishYear } from './lib/finish-year.ts';
import { toolArgs } from './lib/tool-args.ts';

const { positionals: args } = toolArgs('finish-year', { allowPositionals: true });
if (args.length !== 1 || !/^\d{4}$/.test(args[0]!)) {
  console.error('finish-year 需要一个四位数的年份，如：node scripts/finish-year.ts 2018');
  process.exitCode = 1;
} else {
  console.log((await finishYear(process.cwd(), args[0]!)).message);
}
