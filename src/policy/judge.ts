import type { Team } from '../config/programme.js';
import type { ResolvedLicence } from '../detect/resolve.js';
import type { Evidence, Finding, ModelResult, SourceFailure, Verdict } from '../types.js';
import { evidenceLines, provenanceItems } from './evidence-lines.js';
import { finding } from './findings.js';
import { matchesGlob } from './glob.js';
import { type Refines, textFindings } from './licence-checks.js';
import { decideLicence } from './licence-stands.js';
import type { LicenceLookup } from './licences.js';
import { applyLineage } from './lineage.js';
import { countsAsPublic } from './public.js';
import type { Policy } from './schema.js';
import { applyWaivers } from './waivers.js';
import { weightFigures, weightsPresence } from './weights.js';

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

/** The `exclude:` rule of a team that matches a release id, with its reason. */
export function excludedBy(id: string, team: Team): { pattern: string; reason?: string } | undefined {
  for (const rule of team.exclude) {
    const { pattern, reason } = typeof rule === 'string' ? { pattern: rule, reason: undefined } : rule;
    if (matchesGlob(id, pattern)) return { pattern, ...(reason ? { reason } : {}) };
  }
  return undefined;
}

/** The finding of a part of the facts a source could not read as expected. */
function problemFinding(p: SourceFailure): Finding {
  const args = { code: p.code, detail: p.message };
  if (p.code === 'TRUNCATED') return finding('FILES_TRUNCATED', 'warning', args);
  if (p.code === 'MALFORMED_RESPONSE') return finding('MALFORMED_RESPONSE', 'warning', args);
  return finding('SOURCE_FAILED', 'warning', args);
}

/**
 * The verdict on one release, with coded reasons. Order: an exclusion (of an undeclared release) or
 * missing weights is excluded; a source failure is unknown; any error (not public, licence not
 * approved) is non-compliant; anything not established is unknown; otherwise compliant.
 */
export function judge(evidence: Evidence, resolved: ResolvedLicence, ctx: JudgeContext): ModelResult {
  const { facts } = evidence;
  const { policy } = ctx;
  const findings: Finding[] = [];
  const weights = facts.files ? weightFiles(facts.files, policy) : null;
  const provenance = provenanceItems(evidence, resolved);
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
    parameters: facts.parameters ?? facts.weights?.parameters ?? null,
    ...(weights?.length ? { weightFigures: weightFigures(facts.weights, facts.parameters) } : {}),
    reasons: findings,
    evidence: evidenceLines(provenance),
    provenance,
    ...(facts.links?.length ? { links: facts.links } : {}),
  });
  const noLicence = {
    declared: resolved.declared,
    detected: resolved.detected,
    expression: null,
    approved: null,
    detections: resolved.detections,
  };

  if (facts.requestedId && facts.requestedId !== facts.id)
    findings.push(finding('RENAMED', 'info', { from: facts.requestedId, to: facts.id }));
  const excluded =
    excludedBy(facts.id, ctx.team) ?? (facts.requestedId && excludedBy(facts.requestedId, ctx.team));
  if (excluded && !evidence.release.declared) {
    const { pattern, reason } = excluded;
    findings.push(
      finding(
        'EXCLUDED_BY_PROGRAMME',
        'info',
        reason ? { pattern, reason } : { pattern, variant: 'default' as const },
      ),
    );
    return result('excluded', noLicence);
  }
  // DESIGN.md: declared releases always count; an `exclude:` glob that matches one is a mistake shown.
  if (excluded) findings.push(finding('DECLARED_NOT_EXCLUDED', 'warning', { pattern: excluded.pattern }));
  if (facts.failure) {
    // The URL that failed (redacted by the source), so a report names the registry host that failed.
    const { code, url, message } = facts.failure;
    findings.push(finding('SOURCE_FAILED', 'warning', { code, detail: message, url }));
    // A failed read of a licence text (a LICENSE answering 503) is the failure: name the file too.
    findings.push(...textFindings(resolved).filter((f) => f.code === 'LICENCE_UNREADABLE'));
    return result('unknown', noLicence);
  }
  const problems = facts.problems ?? [];
  // Malformed card licence fields belong to the licence decision, which reports them.
  findings.push(...problems.filter((p) => p.code !== 'MALFORMED_METADATA').map(problemFinding));
  const truncated = problems.some((p) => p.code === 'TRUNCATED');
  // DESIGN.md: a git or GitHub repository declared in `models:` is a release even without weights.
  const declaredRepo = evidence.release.declared && facts.source !== 'huggingface';
  // A cut file list without weights does not show there are none: the verdict stays open below.
  if (policy.weights.required && weights && weights.length === 0 && !declaredRepo && !truncated) {
    findings.push(finding('NO_WEIGHTS', 'info'));
    if (facts.source === 'huggingface') return result('excluded', noLicence);
    // A team's code repository: not counted, but listed with the licence its code is released under.
    const code = decideLicence(resolved, policy, ctx.lookup, ctx.refines).licence;
    return { ...result('excluded', code), kind: 'code' };
  }

  // Weights that are not really there (a one-byte model.safetensors) make no release either; a size
  // nobody could establish leaves the verdict open. A declared repository counts whatever it holds.
  const presence = weights?.length && !declaredRepo ? weightsPresence(facts.weights, policy) : undefined;
  if (presence?.kind === 'stub') {
    findings.push(finding('WEIGHTS_STUB', 'info', presence.args));
    return result('excluded', noLicence);
  }
  if (presence?.kind === 'unknown') findings.push(finding('WEIGHTS_UNKNOWN', 'warning', presence.args));

  const { availability } = facts;
  const isPublic = countsAsPublic(availability, policy);
  if (!weights && isPublic !== 'not-public') findings.push(finding('FILES_UNKNOWN', 'warning'));
  if (isPublic === 'not-public') {
    // `not-public` is only ever answered for a known availability.
    const known = availability as NonNullable<typeof availability>;
    findings.push(finding('NOT_PUBLIC', 'error', { availability: known }));
  } else if (availability === 'gated-auto') findings.push(finding('GATED_AUTO', 'warning'));

  // A missing release has no licence to judge; anything else is judged even when not public.
  const decided0 =
    availability === 'missing'
      ? { licence: noLicence, findings: [] }
      : decideLicence(resolved, policy, ctx.lookup, ctx.refines);
  findings.push(...decided0.findings);
  // What the release was built on: a third-party base is flagged, and a base whose licence binds
  // derivatives makes this release's licence its own AND the base's.
  const lineage = applyLineage(facts.lineage, decided0.licence, policy, ctx.lookup);
  findings.push(...lineage.findings);
  const licence = { ...decided0, licence: lineage.licence };
  if (lineage.excluded) return { ...result('excluded', licence.licence), lineage: lineage.steps };
  const final = applyWaivers(facts.id, findings, policy.waivers, ctx.today);
  findings.splice(0, findings.length, ...final);

  const decided = final.some((f) => f.severity === 'error');
  const weightsSeen = weights !== null && weights.length > 0;
  const open =
    isPublic === 'unknown' ||
    licence.licence.approved === null ||
    (weights === null && isPublic === 'public') ||
    presence?.kind === 'unknown' ||
    problems.some((p) => p.code !== 'TRUNCATED' && p.code !== 'MALFORMED_METADATA') ||
    // What was read of a cut listing decides only when it found weights and a licence.
    (truncated && !(weightsSeen && licence.licence.approved !== null));
  const verdict = result(decided ? 'non-compliant' : open ? 'unknown' : 'compliant', licence.licence);
  return lineage.steps.length > 0 ? { ...verdict, lineage: lineage.steps } : verdict;
}

/**
 * Judges a release whose availability cannot be seen (a local directory, for `check DIR`) as it
 * would be judged once published without gating. The answer says so: availability stays null
 * (not established) and AVAILABILITY_NOT_CHECKED comes first among the reasons.
 */
export function judgeAsPublished(
  evidence: Evidence,
  resolved: ResolvedLicence,
  ctx: JudgeContext,
): ModelResult {
  if (evidence.facts.failure) return judge(evidence, resolved, ctx);
  const published = { ...evidence, facts: { ...evidence.facts, availability: 'public' as const } };
  const model = judge(published, resolved, ctx);
  const note = finding('AVAILABILITY_NOT_CHECKED', 'info');
  return { ...model, availability: evidence.facts.availability, reasons: [note, ...model.reasons] };
}
