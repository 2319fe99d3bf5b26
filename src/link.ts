/**
 * Linking a model to its code repository: when a Hub model card links a GitHub repository, or a
 * GitHub README links a Hub model, the code repository (a `kind: code` result of the same scan) is
 * shown beside the model with its licence. Pure: it reads only the results and their links.
 *
 * A link names a release when it points at the release's own page as its source recorded it
 * (`url`, built from the endpoint scanned: a Hub mirror, a GitHub Enterprise host), or at the
 * public Hub or github.com page of the same id (a card written for huggingface.co, scanned on a
 * mirror, still names the model).
 */
import type { LinkedCode, ModelResult } from './types.js';

/** `huggingface:org/name` or `github:owner/repo` for a Hub or GitHub URL; undefined for anything else. */
export function linkKey(url: string): string | undefined {
  const m = /^https?:\/\/(?:www\.)?(huggingface\.co|hf\.co|github\.com)\/([\w.-]+)\/([\w.-]+)/i.exec(url);
  if (!m) return undefined;
  const source = m[1]!.toLowerCase() === 'github.com' ? 'github' : 'huggingface';
  return `${source}:${m[2]}/${m[3]!.replace(/\.git$/, '')}`.toLowerCase();
}

/**
 * `host/owner/name` of any http(s) URL, lowercased, without `www.`, `.git` or what follows the
 * repository (`https://GHE.example.com/Org/Repo.git` and `https://ghe.example.com/org/repo/tree/main`
 * are both `ghe.example.com/org/repo`); undefined when the path has fewer than two segments.
 */
export function pageKey(url: string): string | undefined {
  const m = /^https?:\/\/(?:www\.)?([^/\s?#]+)\/([^/\s?#]+)\/([^/\s?#]+)/i.exec(url);
  if (!m) return undefined;
  return `${m[1]}/${m[2]}/${m[3]!.replace(/\.git$/i, '')}`.toLowerCase();
}

/** Every key a link to `model` may have: its recorded page and its public-registry id. */
function keysOf(model: Pick<ModelResult, 'source' | 'id' | 'url'>): string[] {
  const page = model.url ? pageKey(model.url) : undefined;
  return [`${model.source}:${model.id}`.toLowerCase(), ...(page ? [page] : [])];
}

/** Every key a list of links names. */
function keysLinked(links: string[] | undefined): Set<string> {
  const keys = new Set<string>();
  for (const link of links ?? []) {
    for (const key of [linkKey(link), pageKey(link)]) if (key) keys.add(key);
  }
  return keys;
}

/** Returns the models with `code` filled from the code repositories that link them or that they link. */
export function linkCode(models: ModelResult[]): ModelResult[] {
  const code = models.filter((m) => m.kind === 'code');
  if (code.length === 0) return models;
  const codeLinks = new Map(code.map((c) => [c, keysLinked(c.links)]));
  return models.map((model) => {
    if (model.kind === 'code') return model;
    const own = keysLinked(model.links);
    const keys = keysOf(model);
    const linked: LinkedCode[] = code
      .filter((c) => keysOf(c).some((k) => own.has(k)) || keys.some((k) => codeLinks.get(c)!.has(k)))
      .map((c) => ({
        source: c.source,
        id: c.id,
        ...(c.url ? { url: c.url } : {}),
        licence: c.licence.expression,
      }));
    return linked.length > 0 ? { ...model, code: linked } : model;
  });
}
