/**
 * How failed requests become errors: a non-2xx answer becomes an HttpError carrying the server's
 * own code and request id; a thrown fetch becomes TIMEOUT or NETWORK_ERROR. Tokens are redacted
 * from every message by the caller-supplied `redact`.
 */
import { SourceError } from '../errors.js';

/** An upstream answered with a non-2xx status; carries the server's own error code (`X-Error-Code`). */
export class HttpError extends SourceError {
  /** e.g. the Hub's `RepoNotFound`, `GatedRepo`, `EntryNotFound`, `RevisionNotFound`. */
  readonly errorCode?: string;
  /** `X-Error-Message` or the body's `error`/`message`. */
  readonly serverMessage?: string;
  constructor(
    code: string,
    message: string,
    info: { url?: string; status?: number; requestId?: string; errorCode?: string; serverMessage?: string },
  ) {
    super(code, message, info);
    this.name = 'HttpError';
    this.errorCode = info.errorCode;
    this.serverMessage = info.serverMessage;
  }
}

/** Turns a non-2xx answer into an HttpError, reading the Hub's `X-Error-*` headers or JSON `error`. */
export async function statusError(
  response: Response,
  url: string,
  redact: (s: string) => string,
): Promise<HttpError> {
  const body = await response.text().catch(() => '');
  let serverMessage = response.headers.get('x-error-message') ?? undefined;
  if (!serverMessage) {
    try {
      const json = JSON.parse(body) as { error?: unknown; message?: unknown };
      const text = json.error ?? json.message;
      serverMessage = typeof text === 'string' ? text : Array.isArray(text) ? text.join('; ') : undefined;
    } catch {
      serverMessage = body.trim().slice(0, 200) || undefined;
    }
  }
  const errorCode = response.headers.get('x-error-code') ?? undefined;
  const code = response.status === 429 ? 'RATE_LIMITED' : 'HTTP_ERROR';
  const detail = [errorCode, serverMessage].filter(Boolean).join(': ');
  const message = redact(`HTTP ${response.status}${detail ? ` (${detail})` : ''}`);
  return new HttpError(code, message, {
    url: redact(url),
    status: response.status,
    requestId: response.headers.get('x-request-id') ?? undefined,
    errorCode,
    serverMessage: serverMessage && redact(serverMessage),
  });
}

/** Classifies a thrown fetch error: our timeout, or a network failure. */
export function transportError(
  error: unknown,
  url: string,
  timeoutMs: number,
  redact: (s: string) => string,
) {
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError') {
    return new SourceError('TIMEOUT', `no complete answer within ${timeoutMs} ms`, { url: redact(url) });
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const reason = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
  return new SourceError('NETWORK_ERROR', redact(`request failed: ${reason}`), { url: redact(url) });
}
