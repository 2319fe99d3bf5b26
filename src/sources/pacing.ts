/**
 * Pacing by the Hub's rate-limit headers, so a scan spends its budget without running into 429s.
 * The Hub states on every answer what is left of the current window of each bucket (`/api` and
 * the resolvers count apart): `RateLimit: "api";r=<remaining>;t=<seconds until reset>` and
 * `RateLimit-Policy: "fixed window";"api";q=<quota>;w=<window seconds>` (research/apis.md A6:
 * anonymous callers get 500 API calls and 3,000 resolver reads per 5 minutes). The pacer keeps,
 * per bucket, what is left minus what is in flight, and holds a request back until the window
 * resets when nothing is left; a wait longer than the caller may wait is its caller's to refuse
 * (RATE_LIMITED, the release unknown), never a request sent into a 429.
 */
import { parseRateLimit } from './http-retry.js';

/** One bucket's state, as the last answer stated it. */
interface Bucket {
  /** Requests the window still allows, minus those sent since the last answer said so. */
  left: number;
  /** Epoch ms the window resets; undefined while no answer has said. */
  resetAt?: number;
  /** The window's quota (`q` of RateLimit-Policy), what is left once it resets. */
  quota?: number;
  inFlight: number;
}

/** A pacer over named buckets (`api`, `file`). */
export interface Pacer {
  /** Milliseconds to wait before a request of `bucket` may go out (0: now). */
  waitMs(bucket: string): number;
  /** Epoch ms the bucket's window resets, when known. */
  resetAt(bucket: string): number | undefined;
  /** A request of `bucket` goes out now. */
  take(bucket: string): void;
  /** Its answer came (or it failed); `headers` when there was an answer. */
  settle(bucket: string, headers?: Headers): void;
}

// Resets are stated in whole seconds and clocks differ: a request waits this long past the stated reset.
const SKEW_MS = 1000;
// While a request that will state the bucket's state is in flight, others check again this often.
const PROBE_WAIT_MS = 100;

/** Creates a pacer; `now` is injectable for tests. */
export function createPacer(now: () => number = Date.now): Pacer {
  const buckets = new Map<string, Bucket>();
  const get = (name: string): Bucket => {
    let b = buckets.get(name);
    if (!b) {
      b = { left: Number.POSITIVE_INFINITY, inFlight: 0 };
      buckets.set(name, b);
    }
    // A window that has reset allows its quota again; with no quota known, one request asks for the state.
    if (b.resetAt !== undefined && now() >= b.resetAt + SKEW_MS) {
      b.left = (b.quota ?? 1) - b.inFlight;
      b.resetAt = undefined;
    }
    return b;
  };
  return {
    waitMs(name) {
      const b = get(name);
      if (b.left > 0) return 0;
      // Nothing left and no reset stated: one request at a time asks for the state.
      if (b.resetAt === undefined) return b.inFlight > 0 ? PROBE_WAIT_MS : 0;
      return Math.max(1, b.resetAt + SKEW_MS - now());
    },
    resetAt: (name) => get(name).resetAt,
    take(name) {
      const b = get(name);
      b.left--;
      b.inFlight++;
    },
    settle(name, headers) {
      const b = get(name);
      b.inFlight = Math.max(0, b.inFlight - 1);
      const limit = parseRateLimit(headers?.get('ratelimit') ?? null);
      if (limit?.remaining === undefined) return;
      const quota = /(?:^|;)\s*q=(\d+)/.exec(headers?.get('ratelimit-policy') ?? '');
      if (quota) b.quota = Number(quota[1]);
      // Requests still in flight may not be counted in `r` yet: count them as spent. Answers of one
      // window arrive in any order, so within a window the lowest count stands (an answer sent
      // early, with r=5, must not undo one with r=0); a later window's answer starts afresh.
      const left = limit.remaining - b.inFlight;
      const resetAt = limit.resetSeconds !== undefined ? now() + limit.resetSeconds * 1000 : undefined;
      const sameWindow =
        b.resetAt !== undefined && (resetAt === undefined || Math.abs(resetAt - b.resetAt) <= SKEW_MS);
      b.left = sameWindow ? Math.min(b.left, left) : left;
      // Within a window the first estimate of its reset stays the window's mark.
      if (resetAt !== undefined && !sameWindow) b.resetAt = resetAt;
    },
  };
}
