/**
 * Reading an answer's body: bounded by `maxBytes`, parsed as JSON or decoded as text. A 200 whose
 * body is not what was asked for (JSON that does not parse, an HTML page where a LICENSE was asked
 * for) is asked for once more past any cache, then is MALFORMED_RESPONSE: a truncated or proxied
 * answer never becomes metadata or a licence text.
 */
import { createHash } from 'node:crypto';
import { HttpError } from './http-errors.js';
import type { HttpResponse, JsonResponse, RequestOptions, TextResponse } from './http-types.js';
import type { Redact } from './redact.js';

type Get = (url: string, request: RequestOptions) => Promise<HttpResponse>;

/** GETs `url` as JSON; one retry (past the cache) when the body does not parse. */
export async function readJson(
  get: Get,
  url: string,
  request: RequestOptions,
  onRetry: () => void,
  redact: Redact,
): Promise<JsonResponse> {
  for (let attempt = 0; ; attempt++) {
    const { bytes, ...rest } = await get(url, {
      accept: 'application/json',
      ...request,
      ...(attempt > 0 ? { fresh: true } : {}),
    });
    try {
      return { ...rest, body: JSON.parse(new TextDecoder().decode(bytes)) };
    } catch {
      if (attempt === 0) {
        onRetry();
        continue;
      }
      const type = rest.headers.get('content-type')?.split(';')[0] ?? 'no content type';
      throw malformed(`response is not JSON (${bytes.length} bytes, ${type})`, rest, redact);
    }
  }
}

/** GETs `url` as UTF-8 text with its SHA-256; one retry when an HTML page answers for a file. */
export async function readText(
  get: Get,
  url: string,
  request: RequestOptions,
  onRetry: () => void,
  redact: Redact,
): Promise<TextResponse> {
  for (let attempt = 0; ; attempt++) {
    const { bytes, ...rest } = await get(url, {
      kind: 'file',
      ...request,
      ...(attempt > 0 ? { fresh: true } : {}),
    });
    if (isHtmlPage(bytes, rest.headers, url)) {
      if (attempt === 0) {
        onRetry();
        continue;
      }
      throw malformed('an HTML page was served where a file was expected', rest, redact);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { ...rest, text: new TextDecoder('utf-8', { fatal: false }).decode(bytes), sha256 };
  }
}

function malformed(message: string, res: Omit<HttpResponse, 'bytes'>, redact: Redact): HttpError {
  return new HttpError('MALFORMED_RESPONSE', message, {
    url: redact(res.url),
    status: res.status,
    requestId: res.headers.get('x-request-id') ?? undefined,
  });
}

/** True for an HTML document (by type or by its first bytes) answering for a file that is not `.html`. */
function isHtmlPage(bytes: Uint8Array, headers: Headers, url: string): boolean {
  if (/\.x?html?$/i.test(new URL(url).pathname)) return false;
  if (/^text\/html\b/i.test(headers.get('content-type') ?? '')) return true;
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF?\s*/, '')
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** Reads at most `maxBytes` of the body, cancelling the rest. */
export async function readBody(response: Response, maxBytes = Number.POSITIVE_INFINITY) {
  if (!response.body) return { bytes: new Uint8Array(), truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > maxBytes) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const bytes = Buffer.concat(chunks);
  return { bytes: truncated ? bytes.subarray(0, maxBytes) : bytes, truncated };
}
