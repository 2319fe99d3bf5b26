/**
 * English text of every renderer. Keys are stable; `{name}` marks an argument. The Korean file must
 * have exactly the same keys (test/report/i18n.test.ts).
 */
export const en = {
  'status.pass': 'pass',
  'status.fail': 'fail',
  'status.incomplete': 'incomplete',
  'verdict.compliant': 'compliant',
  'verdict.non-compliant': 'non-compliant',
  'verdict.unknown': 'unknown',
  'verdict.excluded': 'excluded',
  'availability.public': 'public',
  'availability.gated-auto': 'gated (click-through)',
  'availability.gated-manual': 'gated (manual approval)',
  'availability.private': 'private',
  'availability.disabled': 'disabled',
  'availability.missing': 'missing',
  'availability.unknown': 'unknown',
  'source.huggingface': 'Hugging Face Hub',
  'source.github': 'GitHub',
  'source.git': 'git',
  'source.local': 'local checkout',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',

  'reason.ABOVE_THRESHOLD': '{compliant} of {counted} compliant ({share}), above {threshold}',
  'reason.AT_OR_BELOW_THRESHOLD': '{compliant} of {counted} compliant ({share}), not above {threshold}',
  'reason.DEPENDS_ON_UNKNOWN':
    '{compliant} of {counted} compliant; the {unknown} unknown decide whether the share exceeds {threshold}',
  'reason.NOTHING_COUNTED': 'no release counts towards the quota',
  'reason.LISTING_FAILED': 'a registry of this team could not be listed, so its releases are not all known',

  'col.team': 'team',
  'col.counted': 'counted',
  'col.compliant': 'compliant',
  'col.unknown': 'unknown',
  'col.share': 'share',
  'col.threshold': 'threshold',
  'col.status': 'status',
  'col.model': 'model',
  'col.verdict': 'verdict',
  'col.availability': 'availability',
  'col.licence': 'licence',
  'col.reason': 'reason',
  'col.parameters': 'parameters',
  'col.change': 'change',
  'col.before': 'before',
  'col.after': 'after',

  'report.policyLine': 'policy {policy}: a team passes when its compliant share is > {threshold}',
  'report.verboseHint': 'Run with --verbose to list every model and why it counts or not.',
  'report.overall': 'overall',
  'report.title': 'Open release quota',
  'report.programme': 'Programme',
  'report.policy': 'Policy',
  'report.generated': 'Generated',
  'report.tool': 'openquota {version}',
  'report.teams': 'Teams',
  'report.models': 'Models',
  'report.teamsCaption':
    'Per team: releases counted, compliant and unknown, and the compliant share against the threshold',
  'report.modelsCaption': 'Every release with its verdict; open a row to see its evidence',
  'report.shareOf': '{share} compliant (threshold {threshold})',
  'report.teamCounts': '{counted} counted · {compliant} compliant · {unknown} unknown · {excluded} excluded',
  'report.listingFailed': 'not listed: {message}',
  'report.noModels': 'No releases.',
  'report.rule':
    'A team passes when more than {threshold} of its counted releases are public under an approved open licence.',

  'filter.heading': 'Filter',
  'filter.team': 'Team',
  'filter.verdict': 'Verdict',
  'filter.availability': 'Availability',
  'filter.licence': 'Licence contains',
  'filter.all': 'all',
  'filter.shown': '{shown} of {total} releases shown',
  'filter.reset': 'Reset filters',
  'sort.hint': 'Select a column header to sort.',
  noscript:
    'Sorting, filtering and the evidence rows need JavaScript; the tables below are complete without it.',

  'evidence.toggle': 'Evidence for {id}',
  'evidence.declared': 'Declared licence',
  'evidence.detected': 'Detected licence',
  'evidence.expression': 'Licence judged',
  'evidence.approved': 'Approved by the policy',
  'evidence.matcher': 'Matcher',
  'evidence.confidence': 'confidence {confidence}',
  'evidence.closest': 'closest {licence} at {confidence}',
  'evidence.revision': 'Revision',
  'evidence.origin': 'Found through',
  'evidence.weights': 'Weight files',
  'evidence.parameters': 'Parameters',
  'evidence.findings': 'Findings',
  'evidence.provenance': 'Provenance',
  'evidence.links': 'Links',
  'evidence.declaredInProgramme': 'declared in the programme file',
  'evidence.none': 'none',
  'evidence.notEstablished': 'not established',
  'evidence.code': 'Code repository',
  'code.label': 'code',
  'code.licenceUnknown': 'licence not established',
  'code.notCounted': 'code repository (not counted)',
  'code.marker': 'code: {licence}',
  yes: 'yes',
  no: 'no',

  'md.modelsOf': 'Models of {team} ({count})',

  'diff.title': 'Changes between two evaluation rounds',
  'diff.old': 'Before',
  'diff.new': 'After',
  'diff.policyMismatch':
    'warning: the two reports were judged under different policies ({old} and {new}); verdict changes may come from the policy, not the releases.',
  'diff.summary': '{changes} changes, {regressions} regressions',
  'diff.none': 'No changes.',
  'diff.regressed': 'regression',
  'diff.regressions': 'Regressions',
  'diff.kind.team-added': 'team added',
  'diff.kind.team-removed': 'team removed',
  'diff.kind.team-status': 'team status changed',
  'diff.kind.team-share': 'team share changed',
  'diff.kind.model-added': 'model added',
  'diff.kind.model-removed': 'model removed',
  'diff.kind.availability': 'availability changed',
  'diff.kind.licence-declared': 'declared licence changed',
  'diff.kind.licence-detected': 'detected licence changed',
  'diff.kind.licence-expression': 'judged licence changed',
  'diff.kind.verdict': 'verdict changed',
  'diff.kind.revision': 'new revision',

  'finding.NOT_PUBLIC.title': 'Not public',
  'finding.NOT_PUBLIC.help':
    'The release cannot be reached without credentials (private, disabled, missing, or gated with manual approval). Make the repository public, or remove manual gating.',
  'finding.GATED_AUTO.title': 'Click-through gating',
  'finding.GATED_AUTO.help':
    'The release is behind click-through gating. The policy still counts it as public; ungating it removes this warning.',
  'finding.NO_WEIGHTS.title': 'No weight files',
  'finding.NO_WEIGHTS.help':
    'The repository holds no weight files, so it is not a model release and is not counted. Nothing to fix unless weights were meant to be published here.',
  'finding.EXCLUDED_BY_PROGRAMME.title': 'Excluded by the programme file',
  'finding.EXCLUDED_BY_PROGRAMME.help':
    'The programme file excludes this release from the count (exclude: in the team entry). Remove the pattern there if it should count.',
  'finding.LICENCE_NOT_APPROVED.title': 'Licence not approved',
  'finding.LICENCE_NOT_APPROVED.help':
    'The licence is not on the policy’s approved list. Release the weights under an approved open licence (e.g. Apache-2.0, MIT, CC-BY-4.0).',
  'finding.LICENCE_DENIED.title': 'Licence denied',
  'finding.LICENCE_DENIED.help':
    'The policy denies this licence outright (e.g. non-commercial or no-derivatives terms). Relicense the weights under an approved open licence.',
  'finding.LICENCE_MISSING.title': 'No licence',
  'finding.LICENCE_MISSING.help':
    'No licence could be found: the model card names none and there is no LICENSE file. Add `license:` to the model card and a LICENSE file.',
  'finding.LICENCE_UNREADABLE.title': 'Licence file unreadable',
  'finding.LICENCE_UNREADABLE.help':
    'A licence file exists but could not be read, so the licence could not be established. Re-run with a token that can read it.',
  'finding.LICENCE_UNIDENTIFIED.title': 'Licence not identified',
  'finding.LICENCE_UNIDENTIFIED.help':
    'A licence file was read but matches no known licence closely enough. Use a standard licence text unmodified, or ask the ministry to review it.',
  'finding.LICENCE_MISMATCH.title': 'Metadata and licence text disagree',
  'finding.LICENCE_MISMATCH.help':
    'The licence named in metadata and the licence text disagree; the stricter one is used. Make the model card and the LICENSE file name the same licence.',
  'finding.LICENCE_RESTRICTED_USE.title': 'Use-restricted licence',
  'finding.LICENCE_RESTRICTED_USE.help':
    'The licence restricts how the model may be used (an acceptable-use policy or field-of-use limits), so it is not an open licence. Relicense under an approved open licence.',
  'finding.LICENCE_NON_COMMERCIAL.title': 'Non-commercial licence',
  'finding.LICENCE_NON_COMMERCIAL.help':
    'The licence forbids commercial use, so it is not an open licence. Relicense under an approved open licence.',
  'finding.SOURCE_FAILED.title': 'Registry could not be asked',
  'finding.SOURCE_FAILED.help':
    'The registry could not be asked (network error, rate limit or bad response), so nothing could be established. Re-run later.',
  'finding.FILES_UNKNOWN.title': 'File list unknown',
  'finding.FILES_UNKNOWN.help':
    'The file list could not be read, so whether the repository holds weights is unknown. Re-run later or with a token that can list the files.',
  'finding.RENAMED.title': 'Renamed',
  'finding.RENAMED.help':
    'The repository was renamed; the report uses its new id. Update the programme file.',
  'finding.WAIVED.title': 'Waived',
  'finding.WAIVED.help':
    'A policy waiver accepts this finding, so it no longer decides the verdict. Fix the cause before the waiver expires.',
  // The terminal table and the Markdown report (table.ts, markdown.ts); `.one`/`.other` by plural().
  'col.excluded': 'excluded',
  'failure.heading': 'Registries that could not be asked:',
  'failure.listing': '{origin} could not be listed — {host}: {message} ({cause})',
  'failure.inspect.one': '{count} release could not be inspected — {host}: {message} ({cause})',
  'failure.inspect.other': '{count} releases could not be inspected — {host}: {message} ({cause})',
  'failure.requestId': 'request id {id}',
  'failure.someRegistry': 'a registry',
  'md.truncated.one':
    '{count} model was left out to stay within {limit} characters; the full report is {path}.',
  'md.truncated.other':
    '{count} models were left out to stay within {limit} characters; the full report is {path}.',
  'md.truncatedNoPath.one':
    '{count} model was left out to stay within {limit} characters; render the JSON report for the full list.',
  'md.truncatedNoPath.other':
    '{count} models were left out to stay within {limit} characters; render the JSON report for the full list.',
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof en;
