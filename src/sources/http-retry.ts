/**
 * When to retry and how long to wait: pure functions, so the waits can be tested as numbers (and
 * the one real sleep they are waited with, which tests replace).
 * Follows huggingface_hub's `http_backoff`: retry 408/429/5xx gateways; on 429 prefer the
 * IETF `RateLimit` header (`"api";r=0;t=55` means the window resets in 55 s), then `Retry-After`
 * in either form (delay-seconds, or an HTTP-date, which huggingface_hub ignores but RFC 9110 allows).
 */

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Retries of a request that got no answer within the timeout: one. A server that hung for 30 s
 * rarely answers the third or fifth time, and each try costs a whole timeout (five tries of a hung
 * Hub cost 159 s per request); other failures keep the full retry budget.
 */
export const TIMEOUT_RETRIES = 1;

/** True for statuses that a later identical request may get past (overload, throttling, gateways). */
export function shouldRetryStatus(status: number): boolean {
  return RETRYABLE.has(status);
}

/** Settings the delay depends on. */
export interface DelaySettings {
  baseDelayMs: number;
  maxRetryDelayMs: number;
  random: () => number;
}

/**
 * Milliseconds to wait before retry number `attempt + 1`: what the server asked for when it said,
 * else exponential backoff with jitter (base·2^attempt plus up to one base of noise, so parallel
 * workers do not retry in lockstep); always capped by `maxRetryDelayMs`.
 */
export function retryDelay(
  attempt: number,
  headers: Headers | undefined,
  settings: DelaySettings,
  now = Date.now(),
): number {
  const asked = headers ? serverDelayMs(headers, now) : undefined;
  return asked === undefined
    ? backoffMs(attempt, settings)
    : Math.min(settings.maxRetryDelayMs, Math.round(asked));
}

/** Exponential backoff with jitter for retry number `attempt + 1`, capped (no server hint). */
export function backoffMs(attempt: number, settings: DelaySettings): number {
  const backoff = settings.baseDelayMs * 2 ** attempt + settings.random() * settings.baseDelayMs;
  return Math.min(settings.maxRetryDelayMs, Math.round(backoff));
}

/** The wait a response asks for, in ms (`now` is the epoch ms an HTTP-date is measured from), or undefined. */
export function serverDelayMs(headers: Headers, now = Date.now()): number | undefined {
  const limit = parseRateLimit(headers.get('ratelimit'));
  // Only r=0 explains a 429: the Hub sends this header on every response (huggingface_hub note).
  if (limit && limit.remaining === 0 && limit.resetSeconds !== undefined)
    return (limit.resetSeconds + 1) * 1000;
  return retryAfterMs(headers.get('retry-after'), now);
}

/**
 * `Retry-After` as milliseconds from `now`: delay-seconds (`120`) or an HTTP-date
 * (`Wed, 21 Oct 2015 07:28:00 GMT`, RFC 9110 §10.2.3); a date in the past means "now" (0).
 */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  // An HTTP-date names a weekday and a zone; a bare number or junk is not one.
  if (!/^[A-Za-z]{3},/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Parses `"api";r=0;t=55` into remaining requests and seconds until the window resets. */
export function parseRateLimit(
  value: string | null,
): { remaining?: number; resetSeconds?: number } | undefined {
  if (!value) return undefined;
  const r = /(?:^|;)\s*r=(\d+)/.exec(value);
  const t = /(?:^|;)\s*t=(\d+)/.exec(value);
  if (!r && !t) return undefined;
  return { remaining: r ? Number(r[1]) : undefined, resetSeconds: t ? Number(t[1]) : undefined };
}

/**
 * When a rate-limited answer (429, or GitHub's 403) says the limit lifts, as epoch ms: GitHub's
 * `x-ratelimit-remaining: 0` with `x-ratelimit-reset` (epoch seconds), else `RateLimit` / `Retry-After`.
 * Undefined for any other answer (a 403 without rate-limit headers is a plain refusal).
 */
export function limitedUntil(status: number, headers: Headers, now = Date.now()): number | undefined {
  if (status !== 429 && status !== 403) return undefined;
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (headers.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0)
    return reset * 1000;
  const asked = serverDelayMs(headers, now);
  return asked === undefined ? undefined : now + asked;
}

/**
 * The wait an error answer asks for, ms: for a 429, until its limit lifts in whichever form it says
 * so (`RateLimit`, `Retry-After`, GitHub's `x-ratelimit-reset`); else its `Retry-After`.
 */
export function askedDelay(response: Response, now: number): number | undefined {
  if (response.status !== 429) return serverDelayMs(response.headers, now);
  const until = limitedUntil(429, response.headers, now);
  return until === undefined ? undefined : Math.max(0, until - now);
}

/** Sleeps `ms`, rejecting with the signal's reason when it aborts first. */
export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    // The listener goes when the sleep ends: the signal is often the scan's own, which lives for
    // the whole scan, and a wait for a paced window sleeps thousands of times.
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
