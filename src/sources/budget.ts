/**
 * The scan-wide time budget every request of every source spends: one deadline, and the hosts
 * that rate-limited this run. A request checks it before going out; when the deadline passes,
 * requests in flight are aborted and later ones fail at once with `DEADLINE`; when a host says
 * its rate-limit window resets after the deadline (or after the longest wait we take), that host
 * is not asked again and its requests fail at once with `RATE_LIMITED`, naming the reset time.
 * Either failure makes its release `unknown`; the report is still written.
 */
import { setMaxListeners } from 'node:events';
import { SourceError } from '../errors.js';

/** A scan's shared deadline and rate-limit state; created by createSources, armed by scan(). */
export interface Budget {
  /** Aborted, with the DEADLINE SourceError as reason, when the deadline passes. */
  readonly signal: AbortSignal;
  /** Sets (or moves) the deadline to epoch milliseconds `at`. */
  setDeadline(at: number): void;
  /** The deadline, epoch ms; undefined while none is set. */
  deadline(): number | undefined;
  /** Milliseconds left before the deadline; Infinity while none is set. */
  remainingMs(): number;
  /** The DEADLINE failure once the deadline has passed, else undefined. */
  expired(): SourceError | undefined;
  /** Records that `url`'s host answered "rate limited until `untilMs`" (epoch ms). */
  limitHost(url: string, untilMs: number): void;
  /** Epoch ms until which `url`'s host asked not to be called, if that is still ahead. */
  hostLimitedUntil(url: string): number | undefined;
  /**
   * Why a request to `url` must not go out now: the deadline passed, or its host is rate-limited
   * beyond what may be waited (`maxWaitMs`, and never past the deadline). Undefined when it may go.
   */
  refusal(url: string, maxWaitMs: number): SourceError | undefined;
  /** The RATE_LIMITED failure for a host limited until `untilMs`, saying when to retry. */
  rateLimited(url: string, untilMs: number): SourceError;
  /** Epoch milliseconds now (injectable for tests). */
  now(): number;
  /** Clears the timer; the budget keeps answering. */
  dispose(): void;
}

/** Construction options of a budget. */
export interface BudgetOptions {
  now?: () => number;
}

/**
 * The default deadline for a scan of `releases` releases: 10 minutes, plus 5 minutes per thousand
 * releases. Why: the Hub counts requests in fixed 5-minute windows (500 API / 3,000 resolver calls
 * anonymous), so 10 minutes rides out one exhausted window and still finishes a programme of a few
 * hundred releases (~60 s on a healthy Hub); a thousand releases need about 3,000 resolver reads,
 * one anonymous resolver window, hence 5 more minutes each. A hung or hour-limited upstream then
 * costs minutes, not hours.
 */
export function defaultDeadlineMs(releases: number): number {
  return BASE_DEADLINE_MS + Math.ceil((Math.max(0, releases) * PER_THOUSAND_MS) / 1000);
}
/** The deadline before the release count is known (discovery). */
export const BASE_DEADLINE_MS = 10 * 60_000;
const PER_THOUSAND_MS = 5 * 60_000;

/** Creates a budget with no deadline yet. */
export function createBudget(options: BudgetOptions = {}): Budget {
  const now = options.now ?? Date.now;
  const controller = new AbortController();
  // Every request in flight or waiting listens for the deadline: hundreds at once, by design.
  setMaxListeners(0, controller.signal);
  const limited = new Map<string, number>();
  let at: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const deadlineError = () =>
    new SourceError(
      'DEADLINE',
      `the scan's deadline (${iso(at ?? now())}) passed before this was read; run the scan again, with a longer --deadline if it keeps happening`,
      {},
    );
  const expire = () => {
    if (!controller.signal.aborted) controller.abort(deadlineError());
  };
  const host = (url: string) => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  };

  const budget: Budget = {
    signal: controller.signal,
    setDeadline(value) {
      at = value;
      if (timer) clearTimeout(timer);
      const left = value - now();
      if (left <= 0) return expire();
      // setTimeout holds at most 2^31-1 ms; a later deadline is re-armed when that fires.
      timer = setTimeout(() => budget.setDeadline(value), Math.min(left, 2 ** 31 - 1));
      timer.unref?.();
    },
    deadline: () => at,
    remainingMs: () => (at === undefined ? Number.POSITIVE_INFINITY : Math.max(0, at - now())),
    expired() {
      if (at !== undefined && now() >= at) expire();
      return controller.signal.aborted ? (controller.signal.reason as SourceError) : undefined;
    },
    limitHost(url, untilMs) {
      const key = host(url);
      limited.set(key, Math.max(untilMs, limited.get(key) ?? 0));
    },
    hostLimitedUntil(url) {
      const until = limited.get(host(url));
      return until !== undefined && until > now() ? until : undefined;
    },
    refusal(url, maxWaitMs) {
      const stopped = budget.expired();
      if (stopped) return stopped;
      const until = budget.hostLimitedUntil(url);
      if (until === undefined) return undefined;
      const wait = until - now();
      return wait > maxWaitMs || wait >= budget.remainingMs() ? budget.rateLimited(url, until) : undefined;
    },
    rateLimited(url, untilMs) {
      const after = at !== undefined && untilMs > at ? `, after the scan's deadline (${iso(at)})` : '';
      return new SourceError(
        'RATE_LIMITED',
        `${host(url)} rate-limits this client until ${iso(untilMs)}${after}; not asked again in this run: retry after ${iso(untilMs)}`,
        {},
      );
    },
    now,
    dispose() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
  return budget;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
