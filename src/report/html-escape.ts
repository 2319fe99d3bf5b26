// Every character escapeHtml replaces.
const HTML_SPECIAL = /[&<>"']/;

/** Escapes text for HTML element content and quoted attribute values: every report string is untrusted. */
export function escapeHtml(value: string | number): string {
  const text = String(value);
  // Most values (ids, labels, numbers) hold nothing to escape: returned without five passes.
  if (!HTML_SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * JSON for a `<script type="application/json">` block: `<` is escaped so no `</script>` or `<!--`
 * in a model id can end the block, and U+2028/2029 for old parsers.
 */
export function jsonForScript(data: unknown): string {
  // One pass over what may be megabytes (a dashboard of 8,400 releases), not one per character;
  // and a text with nothing to escape (the common case) is not copied: testing is a quarter of
  // replacing (4 ms against 13 over a 9.8 MB view).
  const json = JSON.stringify(data);
  return SCRIPT_UNSAFE.test(json) ? json.replace(/[<\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]!) : json;
}

// Not global: a global RegExp's test() would carry lastIndex from one call to the next.
const SCRIPT_UNSAFE = /[<\u2028\u2029]/;

const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

const SHA = /^[0-9a-f]{7,64}$/i;
// A git URL of github.com names its repository page; other hosts' git URLs name no web page we know.
const GITHUB_GIT_URL = /^https:\/\/github\.com\/([A-Za-z0-9._-]+\/[A-Za-z0-9._-]+?)(\.git)?\/?$/;

/**
 * A link from a report a person may open: plain http(s) with nothing that could end an attribute
 * or a Markdown destination (no `javascript:`, `data:`, quotes, spaces or angle brackets). http is
 * allowed because a mirror the scan was pointed at (`HF_ENDPOINT=http://hub.internal`) is its page.
 */
export function safeWebUrl(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s"'<>`\\]+$/i.test(url)) return null;
  return url;
}

/**
 * The page of a release: the `url` its source recorded, built from the endpoint scanned (the Hub
 * of `HF_ENDPOINT`, the GitHub or GitHub Enterprise host of `GITHUB_API_URL`), never a host assumed
 * here; null when the report has none that is safe to link.
 */
export function releaseUrl(model: { url?: string | undefined }): string | null {
  return safeWebUrl(model.url);
}

/**
 * The page of a release at its revision, under the endpoint scanned: a Hub model's `/tree/REV`,
 * a GitHub repository's `/commit/REV`, a github.com git URL's commit page; null otherwise.
 */
export function revisionUrl(model: {
  source: string;
  url?: string | undefined;
  revision: string | null;
}): string | null {
  const page = releaseUrl(model);
  if (!page || !model.revision || !SHA.test(model.revision)) return null;
  const base = page.replace(/\/+$/, '');
  if (model.source === 'huggingface') return `${base}/tree/${model.revision}`;
  if (model.source === 'github') return `${base}/commit/${model.revision}`;
  const github = GITHUB_GIT_URL.exec(page);
  if (model.source === 'git' && github) return `https://github.com/${github[1]}/commit/${model.revision}`;
  return null;
}
