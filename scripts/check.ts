/**
 * Checks all content before anything is built, with the rules the build and the dev server run
 * (src/rules/, through src/pipeline/check-content.ts): every file against its schema, every
 * reference between files, the chapters' MDX, the KPI values across years, the sealed years.
 * Prints every problem in one run, with file, line, field, what was found, what is expected, how
 * to fix it and the rule; then what is left to do in draft years, and the warnings. Exits 1 if
 * there is any problem outside a draft year (a draft publishes nothing). `npm run check`.
 *   --format github   each problem and warning as a GitHub workflow command (an annotation)
 */
import { checkContent } from '../src/pipeline/check-content.ts';
import { formatProblem, type ContentProblem } from '../src/data/content/problems.ts';
import { toolArgs } from './lib/tool-args.ts';

const { values: options } = toolArgs('check', {
  options: { format: { type: 'string', default: 'text' } },
});
if (options.format !== 'text' && options.format !== 'github') {
  console.error(`check：--format 应为 text 或 github，而不是 ${JSON.stringify(options.format)}。`);
  process.exit(2);
}

const { years, problems, pending, warnings } = await checkContent(process.cwd());

if (options.format === 'github') {
  for (const p of problems) console.log(githubCommand(p, 'error'));
  for (const p of [...pending, ...warnings]) console.log(githubCommand(p, 'warning'));
}

const files = (list: readonly ContentProblem[]) => new Set(list.map((p) => p.file)).size;
if (problems.length > 0) {
  console.error(`内容有 ${problems.length} 个问题，在 ${files(problems)} 个文件中：\n`);
  for (const problem of problems) console.error(`- ${formatProblem(problem)}`);
  console.error('\n改正后再运行 npm run check。content/README.md 说明了每个字段和每条规则。');
  process.exitCode = 1;
} else if (years.length === 0) {
  console.error('content/ 中没有任何年份（应有像 content/2017/ 这样的文件夹）。');
  process.exitCode = 1;
} else {
  for (const content of years) {
    const kpis = content.kpis?.data.groups.reduce((sum, g) => sum + g.rows.length, 0) ?? 0;
    const draft = content.report?.data.draft ? '（草稿）' : '';
    const left = pending.filter((p) => p.file.startsWith(`content/${content.year}/`)).length;
    console.log(
      `content/${content.year}${draft}：${content.chapters.length} 章，${content.cases.length} 个案例，${kpis} 项指标：${left > 0 ? `还有 ${left} 处待完成` : '通过'}`,
    );
  }
}
if (pending.length > 0) {
  console.error(
    `\n草稿年份中还有 ${pending.length} 处待完成（草稿不发布，不阻止合并；删除 "draft": true 和封存之前须全部改正）：\n${pending.map((p) => `- ${formatProblem(p)}`).join('\n')}`,
  );
}
if (warnings.length > 0) {
  console.error(
    `\n另有 ${warnings.length} 个警告（不阻止发布，但请确认是否有意如此）：\n${warnings.map((w) => `- ${formatProblem(w)}`).join('\n')}`,
  );
}

/** A problem as GitHub shows it beside the line of the pull request's diff. */
function githubCommand(problem: ContentProblem, command: 'error' | 'warning'): string {
  const escapeData = (text: string) =>
    text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const escapeProperty = (text: string) =>
    escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line ? [`line=${problem.line}`] : []),
    `title=${escapeProperty(`${problem.rule ?? 'content'} › ${problem.field}`)}`,
  ].join(',');
  return `::${command} ${properties}::${escapeData(problem.message)}`;
}
