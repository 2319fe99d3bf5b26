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
  'finding.LICENCE_MODIFIED.title': 'Modified licence',
  'finding.LICENCE_MODIFIED.help':
    'The licence text is a known licence with terms added or changed (or a template with its names changed), so it is not that licence and is not approved. Use the standard text unmodified, or ask the ministry to review the changed terms quoted in the evidence.',
  'finding.LICENCE_TEXT_MISSING.title': 'No licence text',
  'finding.LICENCE_TEXT_MISSING.help':
    'The licence rests on metadata that no licence text backs: the policy requires the text, or the card lists `other` beside named licences with no text for it. Add the licence text to the repository.',
  'finding.MALFORMED_METADATA.title': 'Malformed licence metadata',
  'finding.MALFORMED_METADATA.help':
    'A licence field of the model card has the wrong shape (e.g. `license: {id: …}` or a number), so the declared licence is not established. Write `license:` as an id or a list of ids.',
  'finding.MALFORMED_RESPONSE.title': 'Unexpected registry answer',
  'finding.MALFORMED_RESPONSE.help':
    'The registry answered with a shape openquota does not know (e.g. file entries without a name), so what it describes is not established. Re-run later.',
  'finding.FILES_TRUNCATED.title': 'File listing cut short',
  'finding.FILES_TRUNCATED.help':
    'The file listing was cut short (too many files), so what lies beyond the cut is not known. The release is unknown unless the files read already decide it.',
  'finding.DECLARED_NOT_EXCLUDED.title': 'Declared release not excluded',
  'finding.DECLARED_NOT_EXCLUDED.help':
    'The release is declared in `models:`, so it counts even though an `exclude:` glob matches it. Remove it from `models:` or narrow the glob.',
  'finding.AVAILABILITY_NOT_CHECKED.title': 'Availability not checked',
  'finding.AVAILABILITY_NOT_CHECKED.help':
    'A local directory: whether the release is public cannot be seen from it, so the verdict says how it would be judged once published. Check the published release for availability.',
  'finding.WEIGHTS_STUB.title': 'Weights are a stub',
  'finding.WEIGHTS_STUB.help':
    'The weight files are below the policy’s floor (weights.minParameters / weights.minBytes): a stub, not a model release, so the repository is excluded. The finding carries the figures. Upload the real weights.',
  'finding.WEIGHTS_UNKNOWN.title': 'Size of the weights unknown',
  'finding.WEIGHTS_UNKNOWN.help':
    'Neither the parameter count nor the bytes of the weight files could be established (a header that did not parse, a tree that could not be read), so whether the weights are really there is unknown. Re-run, or publish weights in a format that states its size.',
  'finding.FAMILY_COPY.title': 'Copy of a counted model',
  'finding.FAMILY_COPY.help':
    'A quantised, converted or re-uploaded copy of another release of the same team (or the same model on another registry): listed under its original and not counted on its own. The original’s verdict is the family’s.',
  'finding.COPY_LESS_OPEN.title': 'Copy less open than the original',
  'finding.COPY_LESS_OPEN.help':
    'A copy of this model is private, gated or under another licence than the original. The original’s verdict stands for the family; make the copy as open as the original.',
  'finding.ADAPTER.title': 'Adapter (not counted)',
  'finding.ADAPTER.help':
    'An adapter (LoRA, PEFT) on a base model: listed, not counted as a model release (policy families.adapters).',
  'finding.FORK.title': 'Fork (not counted)',
  'finding.FORK.help':
    'A fork of another owner’s repository: listed, not counted as the team’s release (policy families.forks).',
  'finding.THIRD_PARTY_BASE.title': 'Built on a third-party base model',
  'finding.THIRD_PARTY_BASE.help':
    'The release is built on another owner’s model (its base_model is outside the team): the finding names the owner, the model and the relation. The policy’s lineage.thirdPartyBase says whether it is allowed, flagged or not counted.',
  'finding.LICENCE_INHERITED.title': 'Licence inherited from the base model',
  'finding.LICENCE_INHERITED.help':
    'The base model’s licence binds derivatives, so this release is under its own licence AND the base’s; relabelling a fine-tune does not lift the base’s terms. The finding names the base, its licence and the clause that binds.',
  'finding.BASE_UNREADABLE.title': 'Base model unreadable',
  'finding.BASE_UNREADABLE.help':
    'The base model’s metadata (and so its licence) could not be read, so whether its licence binds this release is not established: the licence is unknown. Re-run later.',
  // The dashboard (html-*.ts): headline, team cards, the model table and its script.
  'dash.reason.code': 'code repository: no weight files, not a release',
  'dash.reason.compliant': 'public under {licence}, an approved licence',
  'dash.headline.none': 'No team in this report',
  'dash.headline.fail.one': '{count} of {total} teams fails the quota',
  'dash.headline.fail.other': '{count} of {total} teams fail the quota',
  'dash.headline.andIncomplete': '; {count} cannot be decided yet',
  'dash.headline.incomplete.one': 'No team fails, but {count} of {total} teams cannot be decided yet',
  'dash.headline.incomplete.other': 'No team fails, but {count} of {total} teams cannot be decided yet',
  'dash.headline.pass.one': 'The team passes the quota',
  'dash.headline.pass.other': 'All {count} teams pass the quota',
  'dash.bar':
    '{team}: of {counted} counted, {compliant} compliant, {nonCompliant} non-compliant, {unknown} unknown; the threshold is {threshold}',
  'dash.card.why': 'Why releases do not count as open',
  'dash.card.more.one': '{count} more reason',
  'dash.card.more.other': '{count} more reasons',
  'dash.card.excluded.one': '{count} release excluded, not counted: why',
  'dash.card.excluded.other': '{count} releases excluded, not counted: why',
  'dash.card.show.one': 'Show the {count} release of {team}',
  'dash.card.show.other': 'Show the {count} releases of {team}',
  'dash.filter.reason': 'Reason',
  'dash.filter.search': 'Search model, licence, reason',
  'dash.filter.group': 'Group',
  'dash.group.team': 'by team',
  'dash.group.none': 'one list',
  'dash.noscript':
    'The release table needs JavaScript; the team summaries above are complete without it, and the JSON report lists every release.',
  'dash.empty': 'No release matches these filters.',
  'dash.modelsCaption':
    'Every release, grouped by team, the most severe first, with the reason; open a row for its evidence',
  'dash.more': 'Show {count} more ({left} left)',
  'dash.csv': 'Export these {count} releases (CSV)',
  'dash.col.source': 'source',
  'dash.col.code': 'finding code',
  'dash.col.url': 'page',
  'dash.group.count': '{shown} of {total} releases',
  'dash.family': 'family {family} ({count})',
  'dash.copies': 'Copies (listed under this model, not counted)',
  'dash.copies.tag': '+{count} copies',
  'dash.evidence.open': 'evidence',
  'dash.ev.metadata': 'Declared in metadata',
  'dash.ev.texts': 'Identified from licence texts',
  'dash.ev.notJudged': 'not judged: the release is not counted',
  'dash.ev.noMetadata': 'nothing: the metadata names no licence',
  'dash.ev.pointer': 'names no licence itself, so the licence text decides',
  'dash.ev.name': 'name {name}',
  'dash.ev.noText': 'no licence text identified',
  'dash.ev.unidentified': 'not identified',
  'dash.ev.extra': 'Text the match left unexplained:',
  'dash.ev.weights.one': '{count} file, {parameters} parameters',
  'dash.ev.weights.other': '{count} files, {parameters} parameters',
  'dash.ev.files.one': '{count} file',
  'dash.ev.files.other': '{count} files',
  'dash.ev.family': 'Family',
  'dash.ev.lines': 'as the scan recorded it ({count})',
  'dash.ev.permalink': 'Link to this release in this view',
  'dash.matcher.exact': 'exact text',
  'dash.matcher.dice': 'similar text',
  'dash.matcher.reference': 'names the licence',
  'dash.matcher.spdx-tag': 'SPDX tag',
  'dash.matcher.compilation': 'several licences in one text',
  'dash.matcher.none': 'no match',
  // The public site (site-*.ts): index, rounds, team histories.
  'site.title': 'Open release quota, round by round',
  'site.nav': 'Site',
  'site.home': 'All rounds',
  'site.lang': 'Language',
  'site.rounds': 'Evaluation rounds',
  'site.round': 'Round of {date}',
  'site.roundsCount.one': '{count} evaluation round',
  'site.roundsCount.other': '{count} evaluation rounds',
  'site.latest': 'Latest round, {date}',
  'site.chartTitle': 'Compliant share per round',
  'site.chartDesc':
    'Each line is a team’s compliant share in each round; the dashed line is the threshold ({threshold}): a team passes above it.',
  'site.sharesCaption':
    'Status and compliant share of each team in each round; open a cell for that round’s releases',
  'site.absent': 'not in this round',
  'site.teamHistory': 'History of {team}',
  'site.historyCaption': 'The team in each round; open a round for its releases',
  'site.history': 'What changed between rounds',
  'site.changes': 'From {from} to {to}',
  'site.noChanges': 'No change in this team’s releases.',
  'site.firstRound': 'This is the first round: there is nothing to compare yet.',
  'site.col.round': 'round',
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
