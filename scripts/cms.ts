/**
 * `npm run cms`: the CMS at /admin/ on this machine, with no account. Starts decap-server (Decap's
 * proxy to a local Git repository) on the working copy and the dev server, and stops both together.
 *
 *   npm run cms                          # http://127.0.0.1:4321/admin/, decap-server on 8081
 *   npm run cms -- --port 4400 --server-port 8090 --repo /path/to/a/clone
 *
 * decap-server runs in git mode, as the editorial workflow needs: a draft is a local branch
 * (cms/<collection>/<entry>) of the repository; publishing it merges it into the current branch.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { toolArgs } from './lib/tool-args.ts';

const root = resolve(import.meta.dirname, '..');
const options = {
  port: { type: 'string', default: '4321' },
  'server-port': { type: 'string', default: '8081' },
  repo: { type: 'string', default: root },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
const { values } = toolArgs('cms', { options });

if (values.help) {
  console.log(`用法：npm run cms -- [--port 4321] [--server-port 8081] [--repo 仓库目录]

启动本地内容管理：decap-server（读写 --repo 所指的 Git 仓库，默认为本项目）和预览网站。
在浏览器中打开 http://127.0.0.1:<port>/admin/，无需账号。按 Ctrl+C 停止。`);
  process.exit(0);
}

const repo = resolve(values.repo);
if (!existsSync(resolve(repo, '.git'))) {
  console.error(`${repo} 不是 Git 仓库（没有 .git）：decap-server 需要在 Git 仓库中保存草稿分支。`);
  process.exit(1);
}
const serverUrl = `http://localhost:${values['server-port']}/api/v1`;
// The CMS reads and publishes on the branch the repository has checked out.
const branch = execFileSync('git', ['-C', repo, 'rev-parse', '--abbrev-ref', 'HEAD'], {
  encoding: 'utf8',
}).trim();
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);

const children: ChildProcess[] = [];
const start = (name: string, command: string, args: string[], env: NodeJS.ProcessEnv) => {
  const child = spawn(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(`${name} 已退出（代码 ${code ?? '无'}），内容管理随之停止。`);
    stop(code ?? 1);
  });
  children.push(child);
};

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start('decap-server', bin('decap-server'), [], {
  MODE: 'git',
  GIT_REPO_DIRECTORY: repo,
  PORT: values['server-port'],
  BIND_HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
});
start('预览网站', bin('astro'), ['dev', '--port', values.port, '--host', '127.0.0.1'], {
  CMS_LOCAL_BACKEND_URL: serverUrl,
  CMS_BRANCH: branch,
});

console.log(`内容管理：http://127.0.0.1:${values.port}/admin/（无需登录，按 Ctrl+C 停止）
保存的内容写入 ${repo}：草稿是本地分支 cms/…，“发布”后合并到当前分支 ${branch}。`);
