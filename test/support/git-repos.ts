/**
 * Temporary git repositories for the git source and `check`: files, symlinks and one commit, made
 * with the real git binary and cloned back by `file://` URL. No network.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isWeightPath } from '../../src/sources/repo-files.js';
import { tempDir } from './cli.js';
import { lfsPointer } from './github-world.js';

/** What a test repository holds. */
export interface RepoSpec {
  /** Path -> content; a weight file given as '' stands for real weights, as Git LFS stores them (a pointer to 2 GB). */
  files?: Record<string, string | Uint8Array>;
  /** Link path -> target (relative or absolute). */
  symlinks?: Record<string, string>;
  /** Make a git repository (default) or a plain directory. */
  git?: boolean;
}

/** A directory laid out as `spec` says, committed when `git` is not false. */
export function makeRepo(spec: RepoSpec): { dir: string; url: string; commit?: string } {
  const dir = join(tempDir('openquota-repo-'), 'repo');
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(spec.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(
      join(dir, path),
      text === '' && isWeightPath(path) ? lfsPointer(2_000_000_000, `repo/${path}`) : text,
    );
  }
  for (const [path, target] of Object.entries(spec.symlinks ?? {})) symlinkSync(target, join(dir, path));
  if (spec.git === false) return { dir, url: pathToFileURL(dir).href };
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1' },
    }).trim();
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('commit', '--quiet', '--allow-empty', '-m', 'initial');
  return { dir, url: pathToFileURL(dir).href, commit: git('rev-parse', 'HEAD') };
}
