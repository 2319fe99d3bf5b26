/**
 * The fault table: every fault an upstream can throw at us, and every request path openquota
 * makes (Hub listing, model info, file download; each GitHub route the source uses), with what
 * each (fault, path) must end in: `recovers` (exactly as with no fault), `degrades` (the release
 * `unknown`, or its team `incomplete` for a listing; never compliant or pass), or `either`.
 */
import type { Fault } from '../support/fault-plan.js';
import type { TeamSpec } from './harness.js';

/** The Hub model the model-info and file paths are exercised through (compliant: Apache-2.0 text). */
export const HUB_MODEL = 'example-k-ai-team/open-apache-7b';
/** The GitHub repository the route paths are exercised through (compliant: Apache-2.0, LFS weights). */
export const GITHUB_REPO = 'example-k-ai-team/open-weights-7b';

/** One request path, the team that reaches it, and the requests it names. */
export interface PathSpec {
  name: string;
  upstream: 'hub' | 'github';
  /** Exact pathname, or a RegExp on pathname + query. */
  match: string | RegExp;
  team: TeamSpec;
  /** The release whose verdict the path decides; undefined for listings (the team's status decides). */
  release?: string;
}

/** Every path. */
export const PATHS: PathSpec[] = [
  {
    name: 'hub listing',
    upstream: 'hub',
    match: '/api/models',
    team: { huggingface: ['example-k-ai-team'] },
  },
  {
    name: 'hub model info',
    upstream: 'hub',
    match: `/api/models/${HUB_MODEL}`,
    team: { models: [HUB_MODEL] },
    release: HUB_MODEL,
  },
  {
    name: 'hub file download',
    upstream: 'hub',
    match: /\/resolve\//,
    team: { models: [HUB_MODEL] },
    release: HUB_MODEL,
  },
  {
    name: 'github org repos',
    upstream: 'github',
    match: '/orgs/example-k-ai-team/repos',
    team: { github: ['example-k-ai-team'] },
  },
  ...(
    [
      ['repo', `/repos/${GITHUB_REPO}`],
      ['branch', /\/branches\//],
      ['licence', `/repos/${GITHUB_REPO}/license`],
      ['tree', /\/git\/trees\//],
      ['readme', `/repos/${GITHUB_REPO}/readme`],
      ['contents', /\/contents\//],
      ['releases', `/repos/${GITHUB_REPO}/releases`],
    ] as const
  ).map(
    ([route, match]): PathSpec => ({
      name: `github ${route}`,
      upstream: 'github',
      match,
      team: { models: [`github:${GITHUB_REPO}`] },
      release: GITHUB_REPO,
    }),
  ),
];

/** What a (fault, path) must end in. */
export type Expectation = 'recovers' | 'degrades' | 'either' | 'n/a';

/** One fault of the table and how often it strikes. */
export interface FaultSpec {
  name: string;
  fault: Fault | ((cdn: string) => Fault);
  /** Matching requests struck; all when absent. */
  count?: number;
  expect: (path: PathSpec) => Expectation;
}

const HOUR = 3600;
const always = (e: Expectation) => () => e;
const listing = (path: PathSpec) => path.release === undefined;

/** Every fault. */
export const FAULTS: FaultSpec[] = [
  ...[500, 502, 503, 504].map(
    (status): FaultSpec => ({
      name: `HTTP ${status}`,
      fault: { kind: 'status', status },
      expect: always('degrades'),
    }),
  ),
  { name: 'HTTP 403 (bare)', fault: { kind: 'status', status: 403 }, expect: always('degrades') },
  {
    name: 'HTTP 404 (bare)',
    fault: { kind: 'status', status: 404 },
    // On GitHub a 404 is the API's answer ("no licence file", "no README"), judged by the policy:
    // not a fault. On the Hub, model info 404 is "missing" (not public: non-compliant, allowed as degraded).
    expect: (p) => (p.upstream === 'github' ? 'n/a' : 'degrades'),
  },
  { name: 'connection reset', fault: { kind: 'reset' }, expect: always('degrades') },
  { name: 'hang', fault: { kind: 'hang' }, expect: always('degrades') },
  { name: 'slow body', fault: { kind: 'slow-body', delayMs: 200 }, expect: always('degrades') },
  { name: 'cut body', fault: { kind: 'cut-body' }, expect: always('degrades') },
  { name: 'HTML 200', fault: { kind: 'html-200' }, expect: always('degrades') },
  ...(
    [
      ['429 Retry-After 1h', 'retry-after'],
      ['429 Retry-After HTTP-date +1h', 'retry-after-date'],
      ['429 RateLimit r=0;t=3600', 'ratelimit'],
      ['429 x-ratelimit-remaining 0, reset +1h', 'github-reset'],
    ] as const
  ).map(
    ([name, form]): FaultSpec => ({
      name,
      fault: { kind: 'rate-limit', form, seconds: HOUR },
      expect: always('degrades'),
    }),
  ),
  {
    name: '403 x-ratelimit-remaining 0, reset +1h',
    fault: { kind: 'rate-limit', form: 'github-reset', seconds: HOUR, status: 403 },
    expect: always('degrades'),
  },
  {
    name: 'self-linking Link: next',
    fault: { kind: 'self-link' },
    expect: (p) => (listing(p) ? 'degrades' : 'recovers'),
  },
  {
    name: 'early end short of the count',
    fault: { kind: 'early-end' },
    // GitHub states no total for an org listing: nothing to compare a short listing with.
    expect: (p) => (!listing(p) ? 'recovers' : p.upstream === 'hub' ? 'degrades' : 'n/a'),
  },
  {
    name: 'cross-host redirect',
    fault: (cdn) => ({ kind: 'redirect', to: cdn }),
    expect: always('recovers'),
  },
  { name: 'credentials echoed in an error', fault: { kind: 'echo-error' }, expect: always('degrades') },
  { name: 'credentials echoed in a 200', fault: { kind: 'echo-200' }, expect: always('recovers') },
  { name: 'credentials in a redirect URL', fault: { kind: 'echo-redirect' }, expect: always('degrades') },
  // Transient faults, once: ridden out by a retry.
  ...(
    [
      ['HTTP 503 once', { kind: 'status', status: 503 }],
      ['connection reset once', { kind: 'reset' }],
      ['cut body once', { kind: 'cut-body' }],
      ['HTML 200 once', { kind: 'html-200' }],
      ['429 Retry-After 1 s once', { kind: 'rate-limit', form: 'retry-after', seconds: 1 }],
      ['429 Retry-After HTTP-date +1 s once', { kind: 'rate-limit', form: 'retry-after-date', seconds: 1 }],
      ['429 RateLimit r=0;t=1 once', { kind: 'rate-limit', form: 'ratelimit', seconds: 1 }],
      ['429 x-ratelimit-reset +1 s once', { kind: 'rate-limit', form: 'github-reset', seconds: 1 }],
    ] as [string, Fault][]
  ).map(([name, fault]): FaultSpec => ({ name, fault, count: 1, expect: always('recovers') })),
];
