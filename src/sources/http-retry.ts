/**
 * When to retry and how long to wait: pure functions, so the waits can be tested as numbers.
 * Follows huggingface_hub's `http_backoff`: retry 408/429/5xx gateways; on 429 prefer the
 * IETF `RateLimit` header (`"api";r=0;t=55` means the window resets in 55 s), then `Retry-After`.
 */

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

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
export function retryDelay(attempt: number, headers: Headers | undefined, settings: DelaySettings): number {
  const asked = headers ? serverDelayMs(headers) : undefined;
  const backoff = settings.baseDelayMs * 2 ** attempt + settings.random() * settings.baseDelayMs;
  return Math.min(settings.maxRetryDelayMs, Math.round(asked ?? backoff));
}

/** The wait a response asks for, in ms, or undefined when it names none. */
export function serverDelayMs(headers: Headers): number | undefined {
  const limit = parseRateLimit(headers.get('ratelimit'));
  // Only r=0 explains a 429: the Hub sends this header on every response (huggingface_hub note).
  if (limit && limit.remaining === 0 && limit.resetSeconds !== undefined)
    return (limit.resetSeconds + 1) * 1000;
  const retryAfter = headers.get('retry-after')?.trim();
  // Delay-seconds only; the HTTP-date form is ignored as huggingface_hub does.
  if (retryAfter && /^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
  return undefined;
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
