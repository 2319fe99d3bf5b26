/**
 * Fault plans for the loopback Hub and GitHub: per path (exact pathname or a RegExp on pathname +
 * query), a fault that replaces or spoils the answer the server would have given, for the first
 * `count` matching requests (all of them when absent). Both servers deliver every answer through
 * `deliver()`, so each fault works on every route of either server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** One way an upstream can misbehave. */
export type Fault =
  /** A bare status with a plain-text body (no `X-Error-Code`: a proxy, not the registry, speaking). */
  | { kind: 'status'; status: number }
  /**
   * A rate limit, in one of the forms registries use: `Retry-After` seconds or HTTP-date, the
   * Hub's `RateLimit: "api";r=0;t=N`, or GitHub's `x-ratelimit-remaining: 0` + `x-ratelimit-reset`.
   */
  | {
      kind: 'rate-limit';
      form: 'retry-after' | 'retry-after-date' | 'ratelimit' | 'github-reset';
      seconds: number;
      /** 429 (default) or 403 (GitHub's primary limit). */
      status?: 403 | 429;
    }
  /** The request is never answered. */
  | { kind: 'hang' }
  /** The connection is reset before any answer. */
  | { kind: 'reset' }
  /** The real answer, its body trickled a few bytes at a time with `delayMs` between them. */
  | { kind: 'slow-body'; delayMs: number }
  /** The real answer's headers with a `Content-Length` of the whole, then half the body and a reset. */
  | { kind: 'cut-body' }
  /** A 200 HTML page (a proxy's or portal's), whatever was asked for. */
  | { kind: 'html-200' }
  /** The real answer plus `Link: <this very URL>; rel="next"`. */
  | { kind: 'self-link' }
  /** The real answer without its `Link` header (a listing that ends early); count headers kept. */
  | { kind: 'early-end' }
  /** A 302 to the same path on another host (`to`, an origin). */
  | { kind: 'redirect'; to: string }
  /** An error (503 unless `status` says) whose body and headers repeat the request's `Authorization` header. */
  | { kind: 'echo-error'; status?: number }
  /** The real answer with the `Authorization` header repeated in a header and (JSON) in the body. */
  | { kind: 'echo-200' }
  /** A 302 to this URL with the caller's token as userinfo (`http://x-access-token:TOKEN@host/…`). */
  | { kind: 'echo-redirect' };

/** A fault on matching requests. */
export interface PlannedFault {
  match: string | RegExp;
  fault: Fault;
  /** How many matching requests get it; every one when absent. */
  count?: number;
}

/** The answer a route produced, before any fault spoils it. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** Text, or bytes (a safetensors file's slice answering a Range read). */
  body: string | Buffer;
}

/** A server's plan: picks the fault for a request and counts how often each one struck. */
export interface FaultPlan {
  /** The fault for this request, consuming one of its count; none for a request marked exempt. */
  pick(path: string, pathname: string, headers?: IncomingMessage['headers']): Fault | undefined;
  /** Requests each planned fault struck, in plan order. */
  hits: number[];
}

/** A request carrying this header is never faulted: the test CDN's own requests to the origin. */
export const EXEMPT = 'x-fault-exempt';

/** A plan over `faults`. */
export function createFaultPlan(faults: PlannedFault[] = []): FaultPlan {
  const left = faults.map((f) => f.count ?? Number.POSITIVE_INFINITY);
  const hits = faults.map(() => 0);
  return {
    hits,
    pick(path, pathname, headers = {}) {
      if (headers[EXEMPT] !== undefined) return undefined;
      const i = faults.findIndex(
        (f, n) => left[n]! > 0 && (typeof f.match === 'string' ? f.match === pathname : f.match.test(path)),
      );
      if (i < 0) return undefined;
      left[i]!--;
      hits[i]!++;
      return faults[i]!.fault;
    },
  };
}

/** True for faults that replace the answer outright: the route need not run. */
export function replacesAnswer(fault: Fault | undefined): boolean {
  return (
    fault !== undefined &&
    ['status', 'rate-limit', 'hang', 'reset', 'html-200', 'redirect', 'echo-error', 'echo-redirect'].includes(
      fault.kind,
    )
  );
}

/**
 * Sends `answer` through `fault`: unchanged when there is none. `hang` leaves the response open
 * (the caller's `onHang` keeps it so close() can end it).
 */
export function deliver(
  req: IncomingMessage,
  res: ServerResponse,
  answer: Answer,
  fault: Fault | undefined,
  onHang: (res: ServerResponse) => void,
): number {
  const auth = req.headers.authorization ?? '';
  const here = `http://${req.headers.host}${req.url}`;
  const plain = (status: number, headers: Record<string, string>, body: string) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
    res.end(body);
    return status;
  };
  switch (fault?.kind) {
    case undefined:
      break;
    case 'status':
      return plain(fault.status, {}, `${fault.status} from the fault plan`);
    case 'rate-limit':
      return plain(fault.status ?? 429, rateLimitHeaders(fault), 'Too Many Requests');
    case 'hang':
      onHang(res);
      return 0;
    case 'reset':
      req.socket.destroy();
      return 0;
    case 'html-200':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><body><h1>Service temporarily unavailable</h1></body></html>');
      return 200;
    case 'redirect':
      return plain(302, { location: `${fault.to}${req.url}` }, 'Found');
    case 'echo-error':
      res.writeHead(fault.status ?? 503, {
        'content-type': 'application/json',
        'x-error-message': `upstream rejected the request with Authorization: ${auth}`,
        'x-echo-authorization': auth,
      });
      res.end(
        JSON.stringify({
          error: `Bad gateway. Request headers: {"authorization": "${auth}"}`,
          message: `you sent ${auth}`,
          headers: { authorization: auth },
        }),
      );
      return fault.status ?? 503;
    case 'echo-redirect': {
      const token = auth.replace(/^(Bearer|token)\s+/i, '');
      const target = new URL(here);
      target.username = 'x-access-token';
      target.password = token || 'no-token';
      return plain(302, { location: target.toString() }, `Found. Redirecting to ${target}`);
    }
    case 'self-link':
      answer = { ...answer, headers: { ...answer.headers, link: `<${here}>; rel="next"` } };
      break;
    case 'early-end': {
      const { link: _link, ...headers } = answer.headers;
      answer = { ...answer, headers };
      break;
    }
    case 'echo-200':
      answer = { ...answer, headers: { ...answer.headers, 'x-echo-authorization': auth } };
      if (/json/.test(answer.headers['content-type'] ?? ''))
        answer = { ...answer, body: echoInJson(String(answer.body), auth) };
      break;
    case 'slow-body':
      return trickle(res, answer, fault.delayMs);
    case 'cut-body': {
      const bytes = Buffer.from(answer.body);
      res.writeHead(answer.status, { ...answer.headers, 'content-length': String(bytes.length) });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      setTimeout(() => req.socket.destroy(), 10);
      return answer.status;
    }
  }
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
  return answer.status;
}

function rateLimitHeaders(fault: Extract<Fault, { kind: 'rate-limit' }>): Record<string, string> {
  switch (fault.form) {
    case 'retry-after':
      return { 'retry-after': String(fault.seconds) };
    case 'retry-after-date':
      return { 'retry-after': new Date(Date.now() + fault.seconds * 1000).toUTCString() };
    case 'ratelimit':
      return {
        ratelimit: `"api";r=0;t=${fault.seconds}`,
        'ratelimit-policy': '"fixed window";"api";q=500;w=300',
      };
    case 'github-reset':
      return {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + fault.seconds),
        'x-ratelimit-resource': 'core',
      };
  }
}

/** The JSON body with the token added where a careless server might put it. */
function echoInJson(body: string, auth: string): string {
  const value = JSON.parse(body) as unknown;
  const stamp = (v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v, debug: { authorization: auth } } : v;
  return JSON.stringify(Array.isArray(value) ? value.map(stamp) : stamp(value));
}

function trickle(res: ServerResponse, answer: Answer, delayMs: number): number {
  const bytes = Buffer.from(answer.body);
  res.writeHead(answer.status, { ...answer.headers, 'content-length': String(bytes.length) });
  // At least four pauses, however short the body, so a tiny answer (`[]`) is slow too.
  const chunk = Math.max(1, Math.min(8, Math.floor(bytes.length / 4)));
  let at = 0;
  const step = () => {
    if (res.destroyed) return;
    if (at >= bytes.length) return void res.end();
    res.write(bytes.subarray(at, at + chunk));
    at += chunk;
    setTimeout(step, delayMs).unref();
  };
  setTimeout(step, delayMs).unref();
  return answer.status;
}
