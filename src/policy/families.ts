/**
 * One model, counted once. Pure: a team's judged releases (with the evidence each rests on) in,
 * the same releases out, each copy set aside under its original:
 * - a Hub repository whose `base_model` is another release of the team, quantised (the card's
 *   `base_model_relation`, the Hub's `base_model:quantized:` tag, or a quantisation or export
 *   format in its name or files: GGUF, AWQ, GPTQ, FP8, MLX, ONNX, EXL2, bitsandbytes 4/8-bit);
 * - a re-upload: the same weight files (the same LFS digests) as another release;
 * - a GitHub, git or local repository holding the same model as a Hub release: one links the other,
 *   and they share the name or the weights' size.
 * A copy is `excluded` (FAMILY_COPY) and listed in its original's `copies`; the original's verdict
 * is the family's, and a copy less open than its original adds COPY_LESS_OPEN to it. Fine-tunes
 * and merges are new weights: their own releases. Adapters and forks of other owners' repositories
 * are listed, not counted (policy `families`). `count: repository` keeps every repository counted.
 */
import { linkKey, pageKey } from '../link.js';
import type { CopyRef, Evidence, Finding, FindingArgs, ModelResult } from '../types.js';
import { finding } from './findings.js';
import type { Policy } from './schema.js';

/** A judged release with the evidence it was judged on. */
export interface Judged {
  evidence: Evidence;
  model: ModelResult;
}

// Quantisation and export formats, as words of a repository name or tag (`-GGUF`, `-AWQ`, `-4bit`).
const QUANTISED_NAME =
  /(?:^|[-_.])(gguf|ggml|awq|gptq|fp8|int4|int8|mlx|onnx|exl2|bnb|[348]bit|w4a16|w8a8)(?:$|[-_.])/i;
// Weight files of formats only a conversion produces: a GGUF or ONNX export of safetensors weights.
const CONVERTED_FILE = /\.(gguf|ggml|onnx)$/i;
// An adapter's own file (PEFT writes adapter_config.json beside adapter_model.safetensors).
const ADAPTER_FILE = /(?:^|\/)adapter_(config\.json|model\.(safetensors|bin))$/i;

/** How a Hub release relates to its base, as the card, the Hub's tags or its formats say. */
export function relationOf(evidence: Evidence): string | undefined {
  const { facts } = evidence;
  if (facts.baseRelation) return facts.baseRelation;
  if (facts.files?.some((f) => ADAPTER_FILE.test(f))) return 'adapter';
  if (!facts.baseModels?.length) return undefined;
  const name = facts.id.split('/').pop() ?? '';
  if (QUANTISED_NAME.test(name)) return 'quantized';
  if (facts.files?.some((f) => CONVERTED_FILE.test(f))) return 'quantized';
  return undefined;
}

function owner(id: string): string {
  return id.split('/')[0]!.toLowerCase();
}

/** Groups a team's releases into families; `orgs` are the team's own GitHub orgs (forks of them are not another owner's). */
export function groupFamilies(judged: Judged[], policy: Policy, orgs: string[]): ModelResult[] {
  if (policy.count === 'repository') return judged.map((j) => j.model);
  const hub = new Map<string, Judged>();
  for (const j of judged) if (j.evidence.facts.source === 'huggingface') hub.set(j.model.id.toLowerCase(), j);
  const originalOf = new Map<Judged, { original: Judged; relation: string }>();
  const setAside = new Map<Judged, Finding>();
  const counts = (j: Judged) => j.model.verdict !== 'excluded';

  for (const j of judged) {
    const { facts } = j.evidence;
    const relation = relationOf(j.evidence);
    if (relation === 'adapter' && policy.families.adapters === 'listed') {
      const base = facts.baseModels?.[0];
      setAside.set(j, finding('ADAPTER', 'info', base ? { base } : {}));
      continue;
    }
    if (facts.fork && policy.families.forks === 'listed') {
      const parent = facts.fork.parent;
      const own = parent !== null && orgs.some((o) => o.toLowerCase() === owner(parent));
      if (!own) {
        setAside.set(j, finding('FORK', 'info', parent ? { parent } : {}));
        continue;
      }
    }
    if (relation === 'quantized') {
      const base = facts.baseModels?.map((b) => hub.get(b.toLowerCase())).find((b) => b && b !== j);
      if (base && counts(base)) originalOf.set(j, { original: base, relation });
    }
  }

  // Re-uploads: the same weight files, by content digest, as an earlier release.
  const byDigest = new Map<string, Judged>();
  for (const j of [...judged].sort(originalFirst)) {
    const digests = j.evidence.facts.weights?.digests;
    if (!digests?.length || originalOf.has(j) || setAside.has(j)) continue;
    const key = digests.join(',');
    const first = byDigest.get(key);
    if (first && counts(first)) originalOf.set(j, { original: first, relation: 're-upload' });
    else if (!first) byDigest.set(key, j);
  }

  // The same model on GitHub, git or a local checkout: linked, and the same name or weights' size.
  for (const j of judged) {
    if (j.evidence.facts.source === 'huggingface' || originalOf.has(j) || setAside.has(j)) continue;
    if (j.model.kind === 'code' || !j.model.weights?.length) continue;
    const match = [...hub.values()].find((h) => counts(h) && sameModel(h, j));
    if (match) originalOf.set(j, { original: match, relation: 'same-model' });
  }

  const rootOf = (j: Judged): { original: Judged; relation: string } | undefined => {
    let link = originalOf.get(j);
    for (let depth = 0; link && originalOf.has(link.original) && depth < 5; depth++)
      link = { original: originalOf.get(link.original)!.original, relation: link.relation };
    return link;
  };
  const copiesOf = new Map<Judged, { copy: Judged; relation: string }[]>();
  for (const j of judged) {
    const root = rootOf(j);
    if (root)
      copiesOf.set(root.original, [
        ...(copiesOf.get(root.original) ?? []),
        { copy: j, relation: root.relation },
      ]);
  }

  return judged.map((j) => {
    const aside = setAside.get(j);
    if (aside) return { ...j.model, verdict: 'excluded', reasons: [aside, ...j.model.reasons] };
    const root = rootOf(j);
    if (root) {
      const original = root.original.model.id;
      const note = finding('FAMILY_COPY', 'info', {
        original,
        relation: root.relation,
        verdict: j.model.verdict,
      });
      return { ...j.model, verdict: 'excluded', family: original, reasons: [note, ...j.model.reasons] };
    }
    const copies = copiesOf.get(j);
    if (!copies) return j.model;
    const refs: CopyRef[] = copies.map(({ copy, relation }) => ({
      source: copy.model.source,
      id: copy.model.id,
      ...(copy.model.url ? { url: copy.model.url } : {}),
      relation,
      verdict: copy.model.verdict,
    }));
    const lessOpen = copies.flatMap(({ copy }) => lessOpenThan(copy.model, j.model));
    return { ...j.model, family: j.model.id, copies: refs, reasons: [...j.model.reasons, ...lessOpen] };
  });
}

/** Declared first, then the Hub, then by id: which of two identical uploads is the original. */
function originalFirst(a: Judged, b: Judged): number {
  const rank = (j: Judged) =>
    (j.evidence.release.declared ? 0 : 2) + (j.evidence.facts.source === 'huggingface' ? 0 : 1);
  return rank(a) - rank(b) || a.model.id.localeCompare(b.model.id);
}

/** A repository holding the same model as a Hub release: one links the other, and the names or sizes agree. */
function sameModel(hub: Judged, repo: Judged): boolean {
  const hubKeys = new Set([
    `huggingface:${hub.model.id}`.toLowerCase(),
    ...(hub.model.url ? [pageKey(hub.model.url)] : []),
  ]);
  const repoKeys = new Set([
    `${repo.model.source}:${repo.model.id}`.toLowerCase(),
    ...(repo.model.url ? [pageKey(repo.model.url)] : []),
  ]);
  const names = (links: string[] | undefined) =>
    (links ?? []).flatMap((l) => [linkKey(l), pageKey(l)]).filter((k): k is string => k !== undefined);
  const linked =
    names(repo.model.links).some((k) => hubKeys.has(k)) ||
    names(hub.model.links).some((k) => repoKeys.has(k));
  if (!linked) return false;
  const name = (id: string) =>
    id
      .split('/')
      .pop()!
      .replace(/\.git$/i, '')
      .toLowerCase();
  if (name(hub.model.id) === name(repo.model.id)) return true;
  const a = hub.evidence.facts.weights;
  const b = repo.evidence.facts.weights;
  return (
    (a?.bytes !== undefined && a.bytes === b?.bytes) ||
    (a?.parameters !== undefined && a.parameters === b?.parameters)
  );
}

/** COPY_LESS_OPEN findings: a copy not public where the original is, or under another licence. */
function lessOpenThan(copy: ModelResult, original: ModelResult): Finding[] {
  const args: FindingArgs['COPY_LESS_OPEN'] = { copy: copy.id };
  if (copy.availability !== original.availability && original.availability === 'public')
    args.availability = copy.availability ?? 'unknown';
  const a = copy.licence.expression;
  const b = original.licence.expression;
  // NOASSERTION: SPDX's word for a licence that is not established.
  if (a !== b && (a !== null || copy.verdict !== 'unknown')) {
    args.licence = a ?? 'NOASSERTION';
    args.originalLicence = b ?? 'NOASSERTION';
  }
  if (!args.availability && !args.licence) return [];
  return [finding('COPY_LESS_OPEN', 'warning', args)];
}
