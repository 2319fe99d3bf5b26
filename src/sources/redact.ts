/**
 * The one redaction point: every text that comes from upstream (error bodies, headers, URLs, git
 * output, metadata) passes through a redactor before it enters a failure, a finding, the evidence
 * or a log. It removes the secrets this run holds (the tokens createSources read, in plain and
 * URL-encoded form) and anything shaped like a credential, held or not: `Authorization` values,
 * URL userinfo (`https://user:SECRET@host/r.git` -> `https://host/r.git`), GitHub tokens
 * (`ghp_…`, `gho_…`, `ghu_…`, `ghs_…`, `ghr_…`, `github_pat_…`), Hugging Face tokens (`hf_…`,
 * `api_org_…`) and bearer tokens.
 */

/** Turns a text from upstream into one safe to print, store or report. */
export type Redact = (text: string) => string;

/** What replaces a secret. */
export const MASK = '***';

// A held secret shorter than this is not masked by value: a 1-3 character "token" would shred
// every text it occurs in (and cannot be a real token: GitHub's and the Hub's are 36+ characters).
const MIN_SECRET = 4;

// Token shapes, held or not. Lengths are below the real ones (ghp_ + 36, hf_ + 34, github_pat_ +
// 82) yet long enough that repository names (`org/hf_transformers_port`) never match.
const TOKEN_SHAPES =
  /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|hf_[A-Za-z0-9]{30,}|api_org_[A-Za-z0-9]{30,})/g;
// `Authorization: Bearer x`, `"authorization":"token x"`, `Proxy-Authorization=Basic x`: the value goes.
const AUTHORIZATION =
  /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token|digest)\s+)?[^\s"',;}\]]+/gi;
// `Bearer <token>` anywhere else (an echoed header inside prose); 16+ token characters so that
// "Bearer authentication" survives.
const BEARER = /\b(bearer\s+)[A-Za-z0-9._~+/-]{16,}=*/gi;
// `scheme://userinfo@`: userinfo is a credential in every scheme we read (https tokens, ssh passwords).
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@'"<>]*@/gi;

// What each shape above cannot match without: `://` (USERINFO), `authorization`, `bearer`, a token prefix.
const MAY_HOLD_SHAPE = /:\/\/|authorization|bearer|gh[pousr]_|github_pat_|hf_|api_org_/i;

/** The URL without any `user:password@` part: how a URL is shown, stored and used as an id. */
export function withoutUserinfo(url: string): string {
  return url.replace(USERINFO, '$1');
}

/**
 * A redactor for the given secrets (the tokens of this run); shapes are removed whatever the
 * secrets. Longer secrets are replaced first, so one that contains another goes whole.
 */
export function createRedactor(secrets: readonly (string | undefined)[] = []): Redact {
  const held = [
    ...new Set(
      secrets
        .filter((s): s is string => typeof s === 'string' && s.trim().length >= MIN_SECRET)
        .flatMap((s) => [s, encodeURIComponent(s), Buffer.from(s).toString('base64')]),
    ),
  ].sort((a, b) => b.length - a.length);
  return (text: string): string => {
    if (typeof text !== 'string' || text === '') return text;
    let out = text;
    for (const secret of held) if (out.includes(secret)) out = out.split(secret).join(MASK);
    // Most texts (licence texts, card fields, ids) hold none of what the shapes need: one scan
    // instead of four. Each shape needs one of these substrings, so a text without any is unchanged.
    if (!MAY_HOLD_SHAPE.test(out)) return out;
    return out
      .replace(USERINFO, '$1')
      .replace(AUTHORIZATION, `$1${MASK}`)
      .replace(BEARER, `$1${MASK}`)
      .replace(TOKEN_SHAPES, MASK);
  };
}

/** A redactor that knows no secrets: removes credential shapes only. */
export const redactShapes: Redact = createRedactor();

/**
 * A copy of a JSON-like value with every string (keys included) redacted: how evidence, listing
 * failures and raw metadata from upstream are made safe in one pass.
 */
export function redactDeep<T>(value: T, redact: Redact): T {
  return walk(value, redact) as T;
}

function walk(value: unknown, redact: Redact): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, redact));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[redact(key)] = walk(v, redact);
  return out;
}
