import type {
  Availability,
  FindingCode,
  ModelResult,
  Report,
  Severity,
  SourceKind,
  Verdict,
} from '../types.js';
import { formatConfidence, formatParameters } from './format.js';
import { releaseUrl, revisionUrl, safeWebUrl } from './html-escape.js';
import { type KeyOf, reasonKey, reasonLine } from './html-finding.js';
import { CLIENT_LABELS } from './html-view-labels.js';
import { collapseShards, weightsSummary } from './html-weights.js';
import {
  findingHelp,
  findingMessage,
  findingTitle,
  hasKey,
  type Lang,
  type MessageKey,
  provenanceLines,
  t,
} from './i18n/index.js';
import { primaryFinding } from './primary-finding.js';

/**
 * One release as the dashboard's script needs it: everything it shows, already in the page's
 * language, with links already checked. Short keys because a programme-scale page embeds
 * thousands (8,000 releases: a 9 MB page).
 */
export interface ViewRow {
  /** Index of the team in `DashboardView.teams`. */
  t: number;
  id: string;
  s: SourceKind;
  /** Release page, from the endpoint scanned; null when there is none safe to link. */
  u: string | null;
  /** Revision, and its page. */
  rv: string | null;
  ru: string | null;
  v: Verdict;
  /** `code` for a code repository (never counted). */
  k?: 'code';
  a: Availability | null;
  /** Licence judged, declared, detected; approved. */
  le: string | null;
  ld: string | null;
  lt: string | null;
  ap: boolean | null;
  /** Parameters, and as shown (`102.6B`). */
  p: number | null;
  pp: string;
  /** Reason key and the reason in one line. */
  rk: string;
  r: string;
  /** Findings: code, severity, sentence; `pi` is the primary one's index (-1 for none). */
  f: [FindingCode, Severity, string][];
  pi: number;
  /** Licences named in metadata, as the provenance recorded them: origin (in words), value, name. */
  m: [string, string, string | null][];
  /** Detections: file, licence, matcher, confidence shown, closest licence and confidence, extra text. */
  x: [string | null, string | null, string, string, string | null, string | null, string[]][];
  /** Weight files (complete shard series collapsed to one line); null when unknown. */
  w: string[] | null;
  /** How many weight files, with the parameters: `42 files, 102.6B parameters`. */
  ws: string;
  /** Origin in the programme file, and whether it declares the release. */
  o: string;
  d: boolean;
  e: string[];
  l: string[];
  /** Linked code repositories: source, id, page, licence. */
  c: [SourceKind, string, string | null, string | null][];
  /** Rank of the id in natural order (`-r2` before `-r10`), so the script sorts by a number. */
  n: number;
  /** Family and copies, when the report carries them. */
  fam?: string;
  /** Lineage, nearest base first: [id, relation, licence, own]. */
  ln?: [string, string, string | null, boolean][];
  cp?: [string, string | null][];
}

/** What the dashboard embeds: teams, the page's words for the script, every release. */
export interface DashboardView {
  schema: 'openquota/dashboard@1';
  lang: Lang;
  /** Name for exported files: `openquota-2025-09-30`. */
  file: string;
  teams: { id: string; name: string; status: string; statusLabel: string; total: number }[];
  labels: Record<string, string>;
  /** Title and help of each finding code present. */
  codes: Record<string, [string, string]>;
  rows: ViewRow[];
}

// `declared by hub-card: other (name upstage-solar-license)`: how reports without `provenance`
// (older versions) wrote a licence named by metadata.
const DECLARED_LINE = /^declared by ([\w-]+): (.+?)(?: \(name (.+)\))?$/;

/** Licences named in metadata: from the provenance items, else read back from the English lines. */
function declaredIn(model: ModelResult, lang: Lang): [string, string, string | null][] {
  const origin = (o: string) => (hasKey(lang, `origin.${o}`) ? t(lang, `origin.${o}` as MessageKey) : o);
  if (model.provenance)
    return model.provenance
      .filter((p) => p.code === 'DECLARED')
      .map((p) => [
        origin(String(p.args.origin)),
        String(p.args.value),
        p.args.name ? String(p.args.name) : null,
      ]);
  return model.evidence.flatMap((line) => {
    const d = DECLARED_LINE.exec(line);
    return d ? [[origin(d[1]!), d[2]!, d[3] ?? null] as [string, string, string | null]] : [];
  });
}
function row(team: number, model: ModelResult, lang: Lang, keyOf: KeyOf): Omit<ViewRow, 'n'> {
  const primary = primaryFinding(model);
  const findings = model.reasons.map((f): [FindingCode, Severity, string] => [
    f.code,
    f.severity,
    findingMessage(lang, f),
  ]);
  const extra = model as ModelResult & { family?: unknown; copies?: unknown };
  const copies = Array.isArray(extra.copies) ? extra.copies : undefined;
  return {
    t: team,
    id: model.id,
    s: model.source,
    u: releaseUrl(model),
    rv: model.revision,
    ru: revisionUrl(model),
    v: model.verdict,
    ...(model.kind === 'code' ? { k: 'code' as const } : {}),
    a: model.availability,
    le: model.licence.expression,
    ld: model.licence.declared,
    lt: model.licence.detected,
    ap: model.licence.approved,
    p: model.parameters,
    pp: formatParameters(model.parameters),
    rk: keyOf(model),
    r: reasonLine(lang, model, (f) => findings[model.reasons.indexOf(f)]![2]),
    f: findings,
    pi: primary ? model.reasons.indexOf(primary) : -1,
    m: declaredIn(model, lang),
    x: model.licence.detections.map((d) => [
      d.file ?? null,
      d.licence,
      d.matcher,
      formatConfidence(d.confidence),
      d.closest?.licence ?? null,
      d.closest ? formatConfidence(d.closest.confidence) : null,
      d.extra ?? [],
    ]),
    w: model.weights === null ? null : collapseShards(model.weights),
    ws: weightsSummary(model, lang),
    o: model.origin,
    d: model.declared,
    e: provenanceLines(lang, model),
    l: (model.links ?? []).map(safeWebUrl).filter((u): u is string => u !== null),
    c: (model.code ?? []).map((c) => [c.source, c.id, releaseUrl(c), c.licence]),
    ...(typeof extra.family === 'string' && extra.family ? { fam: extra.family } : {}),
    ...(model.lineage?.length
      ? {
          ln: model.lineage.map((b): [string, string, string | null, boolean] => [
            b.id,
            b.relation,
            b.licence,
            b.own,
          ]),
        }
      : {}),
    ...(copies
      ? {
          cp: copies.map((c: unknown): [string, string | null] =>
            typeof c === 'string'
              ? [c, null]
              : [String((c as { id?: unknown }).id ?? ''), safeWebUrl((c as { url?: string }).url)],
          ),
        }
      : {}),
  };
}

// Natural order, case-insensitive: `EXAONE-3.5` before `exaone-4.0`, `-r2` before `-r10`.
const NATURAL = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The rows with `n`, each id's rank in natural order (ties keep the report's order). */
function ranked(rows: Omit<ViewRow, 'n'>[]): ViewRow[] {
  const order = rows.map((_, i) => i).sort((a, b) => NATURAL.compare(rows[a]!.id, rows[b]!.id) || a - b);
  const out = rows as ViewRow[];
  order.forEach((i, rank) => {
    out[i]!.n = rank;
  });
  return out;
}

/** The dashboard's embedded data for `report` in `lang`. */
export function dashboardView(report: Report, lang: Lang, keyOf: KeyOf = reasonKey): DashboardView {
  const codes: DashboardView['codes'] = {};
  for (const team of report.teams)
    for (const m of team.models)
      for (const f of m.reasons) codes[f.code] ??= [findingTitle(lang, f), findingHelp(lang, f)];
  return {
    schema: 'openquota/dashboard@1',
    lang,
    file: `openquota-${report.generatedAt.slice(0, 10).replace(/[^0-9-]/g, '') || 'report'}`,
    teams: report.teams.map((team) => ({
      id: team.id,
      name: team.name,
      status: team.status,
      statusLabel: t(lang, `status.${team.status}`),
      total: team.models.length,
    })),
    labels: Object.fromEntries(CLIENT_LABELS.map((key) => [key, t(lang, key)])),
    codes,
    rows: ranked(report.teams.flatMap((team, i) => team.models.map((m) => row(i, m, lang, keyOf)))),
  };
}
