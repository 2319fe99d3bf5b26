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

/** `index` added to the list `map` holds under `key`. */
function add(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/**
 * Returns the models with `code` filled from the code repositories that link them or that they link.
 * The repositories' keys are indexed once, so each model looks up its own keys instead of testing
 * every repository (thousands of models times thousands of repositories was seconds of a scan).
 */
export function linkCode(models: ModelResult[]): ModelResult[] {
  const code = models.filter((m) => m.kind === 'code');
  if (code.length === 0) return models;
  // key -> the repositories (by position in `code`) that are that page, and that link it.
  const byOwnKey = new Map<string, number[]>();
  const byLinkedKey = new Map<string, number[]>();
  code.forEach((c, i) => {
    for (const key of keysOf(c)) add(byOwnKey, key, i);
    for (const key of keysLinked(c.links)) add(byLinkedKey, key, i);
  });
  return models.map((model) => {
    if (model.kind === 'code') return model;
    const hits = new Set<number>();
    for (const key of keysLinked(model.links)) for (const i of byOwnKey.get(key) ?? []) hits.add(i);
    for (const key of keysOf(model)) for (const i of byLinkedKey.get(key) ?? []) hits.add(i);
    if (hits.size === 0) return model;
    // In the repositories' order, as the scan listed them.
    const linked: LinkedCode[] = [...hits]
      .sort((a, b) => a - b)
      .map((i) => code[i]!)
      .map((c) => ({
        source: c.source,
        id: c.id,
        ...(c.url ? { url: c.url } : {}),
        licence: c.licence.expression,
      }));
    return { ...model, code: linked };
  });
}
