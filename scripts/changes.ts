/**
 * What a change does to the report, for the pull request: `npm run changes -- origin/main` reads
 * the content at that git ref and the content of the working tree through the one reader (drafts
 * shown), compares them (src/pipeline/content-diff.ts) and prints the digest as Markdown
 * (src/pipeline/digest-markdown.ts), with the check's problems and warnings on the new content
 * counted. The digest printed fits a job summary (1 MiB).
 *   --comment-file <path>  also write the digest cut to fit a pull request comment (65,536 chars)
 *   --full-at <text>       where the whole digest can be read, named when one is cut
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../src/pipeline/check-content.ts';
import { diffContent, type LoadedContent } from '../src/pipeline/content-diff.ts';
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  digestMarkdown,
  fitDigest,
} from '../src/pipeline/digest-markdown.ts';
import { readContent } from '../src/pipeline/read-content.ts';
import { readSeals } from '../src/pipeline/seals.ts';
import { toolArgs } from './lib/tool-args.ts';

const { values: options, positionals } = toolArgs('changes', {
  allowPositionals: true,
  options: {
    'comment-file': { type: 'string' },
    'full-at': { type: 'string', default: '这次运行的 job summary 或 `npm run changes` 的输出' },
  },
});
const [base] = positionals;
if (!base || positionals.length > 1) {
  console.error(
    'changes：要给出一个用来比较的 git 引用，例如 npm run changes -- origin/main（比较该引用和工作区中的 content/）。',
  );
  process.exit(2);
}

const root = process.cwd();

/** The content at a git ref, unpacked into a temporary folder (removed by the caller). */
function contentAt(ref: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'content-changes-'));
  const archive = spawnSync('git', ['archive', '--format=tar', ref, '--', 'content'], {
    cwd: root,
    maxBuffer: 1 << 30,
  });
  if (archive.status !== 0) {
    rmSync(folder, { recursive: true, force: true });
    const reason = archive.stderr?.toString().trim() || archive.error?.message || '';
    // A ref without content/ (the first pull request that adds it) compares with nothing.
    if (/did not match any files|pathspec/.test(reason))
      return mkdtempSync(join(tmpdir(), 'content-changes-'));
    console.error(
      `changes：读不到 ${ref} 中的 content/：${reason}\n这个引用要在本地存在：先运行 git fetch origin，或者在 CI 中用 fetch-depth: 0 检出。`,
    );
    process.exit(2);
  }
  const untar = spawnSync('tar', ['-x', '-C', folder], { input: archive.stdout });
  if (untar.status !== 0) {
    console.error(`changes：解不开 ${ref} 的 content/：${untar.stderr.toString().trim()}`);
    process.exit(2);
  }
  return folder;
}

/** A tree read with drafts shown, and its sealed years (none when the seal file is unreadable). */
function load(tree: string): LoadedContent {
  let sealed = new Set<number>();
  try {
    sealed = new Set(Object.keys(readSeals(tree) ?? {}).map(Number));
  } catch {
    // The check reports a broken seal file; the digest then treats no year as sealed.
  }
  return { years: readContent(tree, { showDrafts: true }).years, sealed };
}

const before = contentAt(base);
try {
  const { problems, warnings, pending } = await checkContent(root);
  const years = diffContent(load(before), load(root));
  const markdown = digestMarkdown({ base, years, problems, warnings, pending });
  const whole = options['full-at']!;
  process.stdout.write(fitDigest(markdown, SUMMARY_LIMIT, { unit: 'bytes', whole }));
  if (options['comment-file'])
    writeFileSync(options['comment-file'], fitDigest(markdown, COMMENT_LIMIT, { whole }));
} finally {
  rmSync(before, { recursive: true, force: true });
}
