/**
 * Linking a model to its code repository: when a Hub model card links a GitHub repository, or a
 * GitHub README links a Hub model, the code repository (a `kind: code` result of the same scan) is
 * shown beside the model with its licence. Pure: it reads only the results and their links.
 */
import type { LinkedCode, ModelResult } from './types.js';

/** `huggingface:org/name` or `github:owner/repo` for a Hub or GitHub URL; undefined for anything else. */
export function linkKey(url: string): string | undefined {
  const m = /^https?:\/\/(?:www\.)?(huggingface\.co|hf\.co|github\.com)\/([\w.-]+)\/([\w.-]+)/i.exec(url);
  if (!m) return undefined;
  const source = m[1]!.toLowerCase() === 'github.com' ? 'github' : 'huggingface';
  return `${source}:${m[2]}/${m[3]!.replace(/\.git$/, '')}`.toLowerCase();
}

function keyOf(model: ModelResult): string {
  return `${model.source}:${model.id}`.toLowerCase();
}

/** Returns the models with `code` filled from the code repositories that link them or that they link. */
export function linkCode(models: ModelResult[]): ModelResult[] {
  const code = models.filter((m) => m.kind === 'code');
  if (code.length === 0) return models;
  const linksOf = (m: ModelResult) =>
    new Set((m.links ?? []).map(linkKey).filter((k): k is string => k !== undefined));
  const codeLinks = new Map(code.map((c) => [c, linksOf(c)]));
  return models.map((model) => {
    if (model.kind === 'code') return model;
    const own = linksOf(model);
    const key = keyOf(model);
    const linked: LinkedCode[] = code
      .filter((c) => own.has(keyOf(c)) || codeLinks.get(c)!.has(key))
      .map((c) => ({
        source: c.source,
        id: c.id,
        ...(c.url ? { url: c.url } : {}),
        licence: c.licence.expression,
      }));
    return linked.length > 0 ? { ...model, code: linked } : model;
  });
}
