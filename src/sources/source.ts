import type { Evidence, Release, RequestStats, SourceFailure, SourceKind } from '../types.js';
import type { BaseDescription } from './lineage.js';

/** Chooses the files that may carry a licence statement (`pickLicenceFiles`, injected). */
export type PickFiles = (paths: string[]) => { path: string; role: 'licence' | 'readme' }[];

/** One team as the sources see it: the registries and ids the programme file names for it. */
export interface TeamTarget {
  id: string;
  /** Hub authors (users or orgs) whose models are discovered. */
  huggingface: string[];
  /** GitHub orgs whose repositories are inspected. */
  github: string[];
  /** Other git repositories (URLs). */
  git: string[];
  /** Declared release ids; each source takes the ones it recognises (see `claims`). */
  models: string[];
}

/** What discovery found for one team from one source. */
export interface Discovery {
  releases: Release[];
  /** Entries that could not be listed (an org whose listing failed): the team becomes incomplete. */
  failures: (SourceFailure & { origin: string })[];
}

/** Per-call options every source honours. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Called as work progresses, for a progress line on a TTY. */
  onProgress?: (event: { phase: 'discover' | 'inspect'; id: string }) => void;
}

/**
 * A registry behind one narrow interface. Sources do all I/O of a scan; everything after
 * `inspect` is pure. Upstream failures never throw out of `discover`/`inspect`: they come back
 * as `failures` or as Evidence with `facts.failure`, so one bad model cannot abort a scan.
 */
export interface Source {
  readonly kind: SourceKind;
  /** True when this source owns a declared id from `models:` (e.g. the Hub owns `org/name`). */
  claims(declaredId: string): boolean;
  /** Lists the team's releases from this source, declared ones included. */
  discover(team: TeamTarget, options?: CallOptions): Promise<Discovery>;
  /** Fetches the facts and licence texts of one release. */
  inspect(release: Release, options?: CallOptions): Promise<Evidence>;
  /** Network counters so far. */
  stats(): RequestStats;
  /**
   * A base model's licence and own base, for lineage (Hub ids only); read once per id per scan.
   * Sources that do not read Hub models leave it out.
   */
  describeModel?(id: string, options?: CallOptions): Promise<BaseDescription>;
}
