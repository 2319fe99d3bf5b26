import picomatch from 'picomatch';
import type { Team } from '../config/programme.js';
import type { ResolvedLicence } from '../detect/resolve.js';
import type { Evidence, Finding, ModelResult, Verdict } from '../types.js';
import { finding } from './findings.js';
import { checkLicence, type Refines } from './licence-checks.js';
import type { LicenceLookup } from './licences.js';
import type { Policy } from './schema.js';

/** Everything judge() needs besides the evidence; all pure data or pure functions. */
export interface JudgeContext {
  policy: Policy;
  team: Team;
  lookup: LicenceLookup;
  refines: Refines;
  /** The evaluation date (YYYY-MM-DD), for waiver expiry. */
  today: string;
}

/** The weight files among a file list, by the policy's extensions. */
export function weightFiles(files: string[], policy: Policy): string[] {
  const exts = policy.weights.extensions.map((e) => e.toLowerCase());
  return files.filter((f) => exts.some((e) => f.toLowerCase().endsWith(e)));
}

function excludedBy(id: string, team: Team): { pattern: string; reason: string } | undefined {
  for (const rule of team.exclude) {
    const { pattern, reason } =
      typeof rule === 'string' ? { pattern: rule, reason: 'excluded by the programme file' } : rule;
    if (picomatch.isMatch(id, pattern, { nocase: true })) return { pattern, reason };
  }
  return undefined;
}

/** Applies unexpired waivers: a waived error stays visible but no longer decides the verdict. */
function applyWaivers(id: string, findings: Finding[], ctx: JudgeContext): Finding[] {
  return findings.map((f) => {
    const waiver = ctx.policy.waivers.find(
      (w) =>
        w.codes.includes(f.code) &&
        picomatch.isMatch(id, w.release, { nocase: true }) &&
        (!w.expires || w.expires >= ctx.today),
    );
    if (!waiver) return f;
    return { ...f, severity: 'info', blocking: false, message: `${f.message} (waived: ${waiver.reason})` };
  });
}

/** Provenance lines for the report: what was read from where. */
function evidenceLines(evidence: Evidence, resolved: ResolvedLicence): string[] {
  const { facts } = evidence;
  const lines = [
    `${facts.source} metadata${facts.revision ? ` at ${facts.revision.slice(0, 12)}` : ''}, fetched ${evidence.fetchedAt}`,
  ];
  for (const d of facts.declaredLicences)
    lines.push(`declared by ${d.origin}: ${d.value}${d.name ? ` (name ${d.name})` : ''}`);
  for (const d of resolved.detections) {
    lines.push(
      d.licence
        ? `${d.file}: ${d.licence} by ${d.matcher} (${Math.round(d.confidence * 100)}%)`
        : `${d.file}: not identified${d.closest ? ` (closest ${d.closest.licence} ${Math.round(d.closest.confidence * 100)}%)` : ''}`,
    );
  }
  for (const t of resolved.unreadable) lines.push(`${t.path}: not readable (${t.error ?? 'unknown error'})`);
  return lines;
}

/**
 * The verdict on one release, with coded reasons. Order: a source failure is unknown; an exclusion
 * or missing weights is excluded; any error (not public, licence not approved) is non-compliant;
 * anything not established is unknown; otherwise compliant.
 */
export function judge(evidence: Evidence, resolved: ResolvedLicence, ctx: JudgeContext): ModelResult {
  const { facts } = evidence;
  const { policy } = ctx;
  const findings: Finding[] = [];
  const weights = facts.files ? weightFiles(facts.files, policy) : null;
  const result = (verdict: Verdict, licence: ModelResult['licence']): ModelResult => ({
    source: facts.source,
    id: facts.id,
    ...(facts.url ? { url: facts.url } : {}),
    revision: facts.revision ?? null,
    declared: evidence.release.declared,
    origin: evidence.release.origin,
    verdict,
    availability: facts.availability,
    licence,
    weights,
    parameters: facts.parameters ?? null,
    reasons: findings,
    evidence: evidenceLines(evidence, resolved),
    ...(facts.links?.length ? { links: facts.links } : {}),
  });
  const noLicence = {
    declared: resolved.declared,
    detected: resolved.detected,
    expression: null,
    approved: null,
  };

  if (facts.requestedId && facts.requestedId !== facts.id)
    findings.push(finding('RENAMED', 'info', `${facts.requestedId} now redirects to ${facts.id}`));
  const excluded =
    excludedBy(facts.id, ctx.team) ?? (facts.requestedId && excludedBy(facts.requestedId, ctx.team));
  if (excluded) {
    findings.push(finding('EXCLUDED_BY_PROGRAMME', 'info', `${excluded.reason} (${excluded.pattern})`));
    return result('excluded', { ...noLicence, detections: resolved.detections });
  }
  if (facts.failure) {
    findings.push(finding('SOURCE_FAILED', 'warning', facts.failure.message, { code: facts.failure.code }));
    return result('unknown', { ...noLicence, detections: resolved.detections });
  }
  // DESIGN.md: a git or GitHub repository declared in `models:` is a release even without weights.
  const declaredRepo = evidence.release.declared && facts.source !== 'huggingface';
  if (policy.weights.required && weights && weights.length === 0 && !declaredRepo) {
    findings.push(
      finding('NO_WEIGHTS', 'info', 'no weight files: this repository does not count as a release'),
    );
    if (facts.source === 'huggingface')
      return result('excluded', { ...noLicence, detections: resolved.detections });
    // A team's code repository: not counted, but listed with the licence its code is released under.
    const code = checkLicence(resolved, policy, ctx.lookup, ctx.refines).licence;
    return { ...result('excluded', code), kind: 'code' };
  }
  if (!weights && facts.availability === 'public')
    findings.push(finding('FILES_UNKNOWN', 'warning', 'the file list could not be read'));

  const availability = facts.availability;
  if (availability === 'private' || availability === 'disabled' || availability === 'missing') {
    findings.push(finding('NOT_PUBLIC', 'error', `the release is ${availability}`, { availability }));
  } else if (availability === 'gated-auto' || availability === 'gated-manual') {
    if (policy.availability[availability] === 'not-public')
      findings.push(
        finding('NOT_PUBLIC', 'error', `the release is ${availability.replace('-', ' (')})`, {
          availability,
        }),
      );
    else
      findings.push(
        finding('GATED_AUTO', 'warning', 'click-through gating: counted as public by this policy'),
      );
  }
  // A missing release has no licence to judge; anything else is judged even when not public.
  const licence =
    availability === 'missing'
      ? { licence: { ...noLicence, detections: resolved.detections }, findings: [] }
      : checkLicence(resolved, policy, ctx.lookup, ctx.refines);
  findings.push(...licence.findings);
  const final = applyWaivers(facts.id, findings, ctx);
  findings.splice(0, findings.length, ...final);

  const decided = final.some((f) => f.severity === 'error');
  const open =
    availability === null || licence.licence.approved === null || (!weights && availability === 'public');
  return result(decided ? 'non-compliant' : open ? 'unknown' : 'compliant', licence.licence);
}
