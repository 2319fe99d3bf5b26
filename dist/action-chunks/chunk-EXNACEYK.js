import {
  SourceError
} from "./chunk-IS7GHXRZ.js";

// src/sources/budget.ts
import { setMaxListeners } from "node:events";
function defaultDeadlineMs(releases) {
  return BASE_DEADLINE_MS + Math.ceil(Math.max(0, releases) * PER_THOUSAND_MS / 1e3);
}
var BASE_DEADLINE_MS = 10 * 6e4;
var PER_THOUSAND_MS = 5 * 6e4;
function createBudget(options = {}) {
  const now = options.now ?? Date.now;
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const limited = /* @__PURE__ */ new Map();
  let at;
  let timer;
  const deadlineError = () => new SourceError(
    "DEADLINE",
    `the scan's deadline (${iso(at ?? now())}) passed before this was read; run the scan again, with a longer --deadline if it keeps happening`,
    {}
  );
  const expire = () => {
    if (!controller.signal.aborted) controller.abort(deadlineError());
  };
  const host = (url) => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  };
  const budget = {
    signal: controller.signal,
    setDeadline(value) {
      at = value;
      if (timer) clearTimeout(timer);
      const left = value - now();
      if (left <= 0) return expire();
      timer = setTimeout(() => budget.setDeadline(value), Math.min(left, 2 ** 31 - 1));
      timer.unref?.();
    },
    deadline: () => at,
    remainingMs: () => at === void 0 ? Number.POSITIVE_INFINITY : Math.max(0, at - now()),
    expired() {
      if (at !== void 0 && now() >= at) expire();
      return controller.signal.aborted ? controller.signal.reason : void 0;
    },
    limitHost(url, untilMs) {
      const key = host(url);
      limited.set(key, Math.max(untilMs, limited.get(key) ?? 0));
    },
    hostLimitedUntil(url) {
      const until = limited.get(host(url));
      return until !== void 0 && until > now() ? until : void 0;
    },
    refusal(url, maxWaitMs) {
      const stopped = budget.expired();
      if (stopped) return stopped;
      const until = budget.hostLimitedUntil(url);
      if (until === void 0) return void 0;
      const wait = until - now();
      return wait > maxWaitMs || wait >= budget.remainingMs() ? budget.rateLimited(url, until) : void 0;
    },
    rateLimited(url, untilMs) {
      const after = at !== void 0 && untilMs > at ? `, after the scan's deadline (${iso(at)})` : "";
      return new SourceError(
        "RATE_LIMITED",
        `${host(url)} rate-limits this client until ${iso(untilMs)}${after}; not asked again in this run: retry after ${iso(untilMs)}`,
        {}
      );
    },
    now,
    dispose() {
      if (timer) clearTimeout(timer);
      timer = void 0;
    }
  };
  return budget;
}
function iso(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export {
  defaultDeadlineMs,
  BASE_DEADLINE_MS,
  createBudget
};
