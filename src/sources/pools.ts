/**
 * Request pools by host kind: how many requests may be in flight at once to the Hub's API, the
 * Hub's file resolvers and GitHub. Requests wait for a slot where they are sent (the HTTP client,
 * the GitHub transport), so a scan keeps every pool full whatever the mix of releases. Why per
 * host: a scan is bound by round trips (at 50 ms, 4,000 file reads one after another take 200 s),
 * and each host has its own limits; one shared limit of 8 left the resolvers idle while listings
 * ran, and the other way round.
 */
import pLimit from 'p-limit';
import type { Limiter } from './http-types.js';

/** The pools, by the host kind their requests go to. */
export const POOL_KINDS = ['hub-api', 'hub-files', 'github'] as const;
/** One host kind. */
export type PoolKind = (typeof POOL_KINDS)[number];
/** Requests in flight at once, per host kind. */
export type Pools = Record<PoolKind, number>;

/**
 * Defaults: the Hub's API counts calls (500 per 5 minutes anonymous), not connections, so 16 is
 * plenty for listings and lookups; resolvers serve small texts from a CDN, 32 at once; GitHub asks
 * for no more than 100 concurrent requests (secondary limits) and 16 stays well under it.
 */
export const DEFAULT_POOLS: Pools = { 'hub-api': 16, 'hub-files': 32, github: 16 };
/** The most requests in flight a pool may be given: beyond it a host's secondary limits bite. */
export const MAX_POOL = 64;

/** `hub-api=16,hub-files=32,github=16`: how the pools are written on the command line. */
export function formatPools(pools: Pools): string {
  return POOL_KINDS.map((k) => `${k}=${pools[k]}`).join(',');
}

/**
 * Reads `--concurrency`: `N` sets every pool, `hub-files=48,github=8` sets those named (the others
 * keep their defaults). Returns the pools, or why the text is not a concurrency.
 */
export function parsePools(text: string): Pools | { error: string } {
  const value = text.trim();
  const bad = () => ({
    error: `must be N (every pool) or ${formatPools(DEFAULT_POOLS)} (any of them), each a whole number from 1 to ${MAX_POOL}, got '${text}'`,
  });
  const count = (n: string | undefined) =>
    n !== undefined && /^\d+$/.test(n) && Number(n) >= 1 && Number(n) <= MAX_POOL ? Number(n) : undefined;
  if (/^\d+$/.test(value)) {
    const n = count(value);
    return n === undefined ? bad() : { 'hub-api': n, 'hub-files': n, github: n };
  }
  const pools: Pools = { ...DEFAULT_POOLS };
  const seen = new Set<string>();
  for (const part of value.split(',')) {
    const [kind, n, extra] = part.split('=').map((s) => s.trim());
    const parsed = count(n);
    if (
      !POOL_KINDS.includes(kind as PoolKind) ||
      parsed === undefined ||
      extra !== undefined ||
      seen.has(kind!)
    )
      return bad();
    seen.add(kind!);
    pools[kind as PoolKind] = parsed;
  }
  return pools;
}

/** Releases a scan inspects at once: enough to keep every pool full (a Hub release reads two texts at once). */
export function releasesInFlight(pools: Pools): number {
  return pools['hub-files'] + pools.github;
}

/** What went to one kind of host: requests made, answers served from disk without one, 304s, retries. */
export interface HostFigures {
  made: number;
  cached: number;
  revalidated: number;
  retried: number;
}

/** Zeroed figures. */
export function noFigures(): HostFigures {
  return { made: 0, cached: 0, revalidated: 0, retried: 0 };
}

/** One limiter per pool, shared by every request to that kind of host. */
export function createLimiters(pools: Pools): Record<PoolKind, Limiter> {
  return {
    'hub-api': pLimit(pools['hub-api']),
    'hub-files': pLimit(pools['hub-files']),
    github: pLimit(pools.github),
  };
}
