/**
 * The git source: `git:` entries and declared git URLs (a Hub repository given as a git URL too),
 * each shallow-cloned (depth 1) into a temporary directory that is removed afterwards, then read
 * like a local checkout. A cloned repository is untrusted input, so: URLs starting with `-` or
 * using `ext::` are refused before git runs; only the https, ssh and file transports are allowed;
 * hooks are off; LFS files are not downloaded; no credential is asked for or offered; the clone has
 * a time limit after which git is killed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import type { Evidence, Facts, Release, RequestStats, SourceFailure } from '../types.js';
import { readDirectory } from './directory.js';
import { createRedactor, type Redact, withoutUserinfo } from './redact.js';
import type { CallOptions, Discovery, PickFiles, Source, TeamTarget } from './source.js';

/** Construction options of the git source. */
export interface GitSourceOptions {
  pickFiles: PickFiles;
  /** Environment git runs with (PATH, HOME); everything else it needs is set here. */
  env: Record<string, string | undefined>;
  /** Whole-clone time limit. */
  timeoutMs?: number;
  /** Where temporary clones go (default: the OS temp dir). */
  tempDir?: string;
  now?: () => Date;
  /** The scan's deadline: a clone still running when it fires is killed, its release unknown. */
  stop?: AbortSignal;
  /** Redacts git's output before it becomes a failure message (credential shapes always go). */
  redact?: Redact;
}

const DEFAULT_TIMEOUT_MS = 120_000;
// Each `-c` below narrows what git may do; simple-git refuses these keys unless told they are
// intended, because in the wrong hands they widen it (its `unsafe` flags, set accordingly below).
const SAFE_CONFIG = [
  'core.hooksPath=/dev/null',
  'protocol.allow=never',
  'protocol.https.allow=always',
  'protocol.ssh.allow=always',
  'protocol.file.allow=always',
  'credential.helper=',
  'core.fsmonitor=false',
];
const SAFE_ENV = {
  GIT_LFS_SKIP_SMUDGE: '1',
  GIT_TERMINAL_PROMPT: '0',
  GIT_ASKPASS: '',
  SSH_ASKPASS: '',
  GIT_SSH_COMMAND: 'ssh -o BatchMode=yes',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Why a URL is refused before git runs, or undefined when it may be cloned. */
export function refuseGitUrl(url: string): string | undefined {
  if (url.startsWith('-')) return 'a URL starting with "-" would be read by git as an option';
  if (/^ext::|::/i.test(url)) return 'remote helpers (ext::, transport::address) are not allowed';
  if (/^(https|ssh|file):\/\//i.test(url) || /^[\w.-]+@[\w.-]+:/.test(url)) return undefined;
  return 'only https://, ssh://, git@host: and file:// URLs are cloned';
}

// Hosts with their own, richer source: their URLs in `models:` belong to that source.
const OWN_SOURCE_HOSTS = /^https:\/\/(?:www\.)?(?:github\.com|huggingface\.co|hf\.co)\//i;

/** True for a declared entry the git source owns: a git URL on a host without its own source. */
export function isGitUrl(declared: string): boolean {
  return !OWN_SOURCE_HOSTS.test(declared) && /^(https|ssh|file):\/\/|^[\w.-]+@[\w.-]+:/i.test(declared);
}

/** The URL without any `user:password@` part, as it may appear in reports (one rule: redact.ts). */
export const displayUrl = withoutUserinfo;

/** Creates the git source. */
export function createGitSource(options: GitSourceOptions): Source {
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const redact = options.redact ?? createRedactor();
  let clones = 0;

  async function discover(team: TeamTarget): Promise<Discovery> {
    const releases = new Map<string, Release>();
    const add = (url: string, declared: boolean, origin: string) => {
      const found = releases.get(url);
      if (found) found.declared ||= declared;
      else
        releases.set(url, {
          source: 'git',
          id: displayUrl(url),
          team: team.id,
          declared,
          origin,
          listing: url,
        });
    };
    for (const url of team.git) add(url, false, `git: ${displayUrl(url)}`);
    for (const url of team.models.filter(isGitUrl)) add(url, true, `models: ${displayUrl(url)}`);
    return { releases: [...releases.values()], failures: [] };
  }

  async function inspect(target: Release, call: CallOptions = {}): Promise<Evidence> {
    call.onProgress?.({ phase: 'inspect', id: target.id });
    const fetchedAt = now().toISOString();
    const url = typeof target.listing === 'string' ? target.listing : target.id;
    const base = { source: 'git' as const, id: target.id, url: displayUrl(url), declaredLicences: [] };
    const { listing: _listing, ...release } = target;
    const evidence = (facts: Facts, texts: Evidence['texts'] = []): Evidence => ({
      schema: 'openquota/evidence@1',
      team: target.team,
      release,
      facts,
      texts,
      fetchedAt,
    });
    const refused = refuseGitUrl(url);
    if (refused) {
      const failure = { code: 'URL_REFUSED', message: refused, url: displayUrl(url) };
      return evidence({ ...base, availability: null, files: null, failure });
    }
    const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'openquota-clone-'));
    try {
      const cloned = await clone(url, join(dir, 'repo'), call.signal);
      if ('failure' in cloned)
        return evidence({ ...base, availability: null, files: null, failure: cloned.failure });
      const read = await readDirectory(join(dir, 'repo'), options.pickFiles);
      return evidence(
        {
          ...base,
          revision: cloned.commit,
          // A clone that succeeded with no credential offered is public; over ssh a key was used.
          availability: /^(https|file):/i.test(url) ? 'public' : null,
          files: read.files,
          declaredLicences: read.declared,
          ...(read.weights ? { weights: read.weights } : {}),
          ...(read.links.length ? { links: read.links } : {}),
          ...(read.problems.length ? { problems: read.problems } : {}),
          raw: { commit: cloned.commit, ...(read.lfs.length ? { lfs: read.lfs } : {}) },
        },
        read.texts,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async function clone(
    url: string,
    dest: string,
    signal?: AbortSignal,
  ): Promise<{ commit: string } | { failure: SourceFailure }> {
    const limit = AbortSignal.timeout(timeoutMs);
    const abort = AbortSignal.any([
      limit,
      ...(signal ? [signal] : []),
      ...(options.stop ? [options.stop] : []),
    ]);
    const git = simpleGit({
      config: SAFE_CONFIG,
      abort,
      allowEnvironment: ['PATH', 'HOME', ...Object.keys(SAFE_ENV)],
      unsafe: {
        allowUnsafeProtocolOverride: true,
        allowUnsafeHooksPath: true,
        allowUnsafeCredentialHelper: true,
        allowUnsafeAskPass: true,
        allowUnsafeSshCommand: true,
        allowUnsafeFsMonitor: true,
      },
    } as Parameters<typeof simpleGit>[0]).env({
      PATH: options.env.PATH,
      HOME: options.env.HOME,
      ...SAFE_ENV,
    } as Record<string, string>);
    clones++;
    try {
      // `--` ends the options: whatever the URL says, git reads it as a URL.
      await git.raw(['clone', '--depth', '1', '--no-tags', '--single-branch', '--quiet', '--', url, dest]);
      const commit = (await git.cwd(dest).revparse(['HEAD'])).trim();
      return { commit };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const stopped = options.stop?.aborted
        ? (options.stop.reason as { code?: string; message?: string })
        : undefined;
      if (stopped)
        return {
          failure: {
            code: stopped.code ?? 'DEADLINE',
            message: redact(stopped.message ?? 'stopped'),
            url: displayUrl(url),
          },
        };
      if (limit.aborted)
        return {
          failure: {
            code: 'TIMEOUT',
            message: `clone did not finish within ${timeoutMs} ms`,
            url: displayUrl(url),
          },
        };
      const message =
        String((error as Error)?.message ?? error)
          .split('\n')
          .find((l) => l.trim()) ?? 'clone failed';
      return {
        failure: { code: 'GIT_ERROR', message: redact(message).slice(0, 300), url: displayUrl(url) },
      };
    }
  }

  return {
    kind: 'git',
    claims: isGitUrl,
    discover,
    inspect,
    stats: (): RequestStats => ({ api: 0, files: clones, retries: 0, notModified: 0, cacheHits: 0 }),
  };
}
