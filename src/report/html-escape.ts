/** Escapes text for HTML element content and quoted attribute values: every report string is untrusted. */
export function escapeHtml(value: string | number): string {
  return String(value)
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
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// Hub ids and GitHub owner/repo: letters, digits, `-`, `_`, `.`; anything else gets no link.
const REPO_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SHA = /^[0-9a-f]{7,64}$/i;

/** The page of a release at its revision (Hub tree or GitHub commit), or null when none can be built safely. */
export function revisionUrl(source: string, id: string, revision: string | null): string | null {
  if (!revision || !SHA.test(revision)) return null;
  if (source === 'huggingface' && REPO_ID.test(id)) return `https://huggingface.co/${id}/tree/${revision}`;
  if (source === 'github' && REPO_ID.test(id)) return `https://github.com/${id}/commit/${revision}`;
  const github = /^https:\/\/github\.com\/([A-Za-z0-9._-]+\/[A-Za-z0-9._-]+?)(\.git)?\/?$/.exec(id);
  if (source === 'git' && github) return `https://github.com/${github[1]}/commit/${revision}`;
  return null;
}

/** The page of a release (Hub model or GitHub repository), or null when none can be built safely. */
export function releaseUrl(source: string, id: string): string | null {
  if (source === 'huggingface' && REPO_ID.test(id)) return `https://huggingface.co/${id}`;
  if (source === 'github' && REPO_ID.test(id)) return `https://github.com/${id}`;
  return null;
}

/** A link from the report is shown only when it is plain https (no `javascript:`, no data:). */
export function safeHttpsUrl(url: string | undefined): string | null {
  if (!url || !/^https:\/\/[^\s"'<>]+$/.test(url)) return null;
  return url;
}
