/**
 * Finds, in the git history of the current branch, the version of a sealed file that the seal
 * recorded, so that a message can give a command that restores exactly it. The current branch's
 * history is searched (not `main`), so this works for a year that is not yet on main.
 */
import { spawnSync } from 'node:child_process';

/** Runs git in `root`; undefined when git is missing, `root` is not a repository, or git fails. */
function git(root: string, args: readonly string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return result.status === 0 ? result.stdout : undefined;
}

/** The commits of the current branch that touched `path`, newest first. */
function commitsOf(root: string, path: string): string[] {
  const log = git(root, ['log', '--format=%H', '--', path]);
  return log ? log.split('\n').filter(Boolean) : [];
}

/** The short id of the newest commit holding a version of `path` whose text `isSealed`. */
export function sealedCommit(
  root: string,
  path: string,
  isSealed: (text: string) => boolean,
): string | undefined {
  for (const commit of commitsOf(root, path)) {
    const text = git(root, ['show', `${commit}:./${path}`]);
    if (text !== undefined && isSealed(text)) return commit.slice(0, 12);
  }
  return undefined;
}

/**
 * The short id of the newest commit holding every file of the folder `path` (paths inside it) in
 * the version that `isSealed` accepts.
 */
export function sealedFolderCommit(
  root: string,
  path: string,
  files: readonly string[],
  isSealed: (file: string, text: string) => boolean,
): string | undefined {
  for (const commit of commitsOf(root, path)) {
    const sealed = files.every((file) => {
      const text = git(root, ['show', `${commit}:./${path}/${file}`]);
      return text !== undefined && isSealed(file, text);
    });
    if (sealed) return commit.slice(0, 12);
  }
  return undefined;
}

/** The command that restores `path` from `commit`. */
export const restoreCommand = (commit: string, path: string) => `git checkout ${commit} -- ${path}`;
