/**
 * English text of every renderer: one catalogue per language (this file and ko.ts), the same keys
 * in each (test/report/i18n.test.ts fails on a missing or extra key, or a differing placeholder).
 *
 * Format of a text (filled by `t()` / `codedText()` in index.ts):
 * - `{name}`            the argument `name` as it is (an id, a file name, a licence id, a number);
 * - `{name|pattern}`    the catalogue's text for the argument's value: the key `pattern.VALUE`, or
 *                       `pattern` with `*` replaced by the value (`{code|finding.*.title}`); the
 *                       value itself where no such key exists. For words the core emits as codes
 *                       (`{availability|availability}`, `{matcher|dash.matcher}`, `{origin|origin}`);
 * - `[ … ]`             an optional segment, kept only when every placeholder in it has a value that
 *                       is neither empty nor 0 (`[ (closest: {closest} at {confidence})]`);
 * - `KEY.one`/`KEY.other` plural forms, chosen by `plural()` with `Intl.PluralRules` (`{count}`).
 *
 * Coded messages the core emits as `{code, args}` data:
 * - `finding.CODE.title`, `finding.CODE.help` and `finding.CODE.message` for each FINDING_CODES
 *   entry (src/types.ts, whose `FindingArgs` types the args); `finding.CODE.message.VARIANT` when
 *   the finding's `args.variant` is VARIANT. The core's English `message` in the JSON is this
 *   catalogue's rendering, so a new code needs its three (or more) keys here AND in ko.ts before
 *   the core can say it (test/report/i18n-complete.test.ts renders every code in both languages).
 * - `evidence.CODE.message` for each EVIDENCE_CODES entry (a provenance line of a release).
 * - `reason.CODE` for a team's status (tally.ts, TEAM_REASON_CODES).
 * - `error.CODE.message` / `error.CODE.fix` for each ERROR_CODES entry (the CLI's coded problems,
 *   `Problems.coded`); `error.CODE.fix.VARIANT` where one exists for `args.variant`, else `.fix`.
 *
 * Adding a finding code (e.g. WEIGHTS_STUB): add it to FINDING_CODES and its args to FindingArgs
 * (src/types.ts), emit it with `finding(code, severity, args)` (policy/findings.ts: no message,
 * the catalogue says it), add `finding.CODE.title`, `.help` and `.message` here and in ko.ts, and
 * a sample of each of its forms to SAMPLES in test/report/i18n-complete.test.ts. Old-style
 * `finding(code, severity, 'English text', args)` calls no longer compile: move the sentence here
 * as the `.message` template, its variable parts as `{args}`.
 *
 * Korean text says ids, file names and licence names as they are and quotes upstream's own words
 * (`“{detail}”`); no other Latin-script word may be left in it (the completeness test checks).
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

  // A team's status and why (policy/tally.ts; args from teamReasonArgs in index.ts).
  'reason.ABOVE_THRESHOLD':
    '{compliant} of {counted} compliant ({share}) > {threshold}[, even with {unknown} unknown counted as failing]',
  'reason.AT_OR_BELOW_THRESHOLD':
    '{compliant} of {counted} compliant ({share}) <= {threshold}[, even with {unknown} unknown counted as compliant]',
  'reason.DEPENDS_ON_UNKNOWN':
    '{compliant} of {counted} compliant; the {unknown} unknown decide whether the share exceeds {threshold}',
  'reason.NOTHING_COUNTED': 'no release counts towards the quota',
  'reason.LISTING_FAILED': 'a registry of this team could not be listed, so its releases are not all known',

  'col.team': 'team',
  'col.counted': 'counted',
  'col.compliant': 'compliant',
  'col.unknown': 'unknown',
  'col.parameterShare': 'by parameters',
  'report.parameterShareOf': 'by parameters: {share} compliant',
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

  'finding.NOT_PUBLIC.message': 'the release is {availability|availability}',
  'finding.NOT_PUBLIC.title': 'Not public',
  'finding.NOT_PUBLIC.help':
    'The release cannot be reached without credentials (private, disabled, missing, or gated with manual approval). Make the repository public, or remove manual gating.',
  'finding.GATED_AUTO.message': 'click-through gating: counted as public by this policy',
  'finding.GATED_AUTO.title': 'Click-through gating',
  'finding.GATED_AUTO.help':
    'The release is behind click-through gating. The policy still counts it as public; ungating it removes this warning.',
  'finding.NO_WEIGHTS.message': 'no weight files: this repository does not count as a release',
  'finding.NO_WEIGHTS.title': 'No weight files',
  'finding.NO_WEIGHTS.help':
    'The repository holds no weight files, so it is not a model release and is not counted. Nothing to fix unless weights were meant to be published here.',
  'finding.EXCLUDED_BY_PROGRAMME.message': '{reason} ({pattern})',
  'finding.EXCLUDED_BY_PROGRAMME.message.default': 'excluded by the programme file ({pattern})',
  'finding.EXCLUDED_BY_PROGRAMME.title': 'Excluded by the programme file',
  'finding.EXCLUDED_BY_PROGRAMME.help':
    'The programme file excludes this release from the count (exclude: in the team entry). Remove the pattern there if it should count.',
  'finding.LICENCE_NOT_APPROVED.message': '{licence} is not an approved open licence under {policy}',
  'finding.LICENCE_NOT_APPROVED.title': 'Licence not approved',
  'finding.LICENCE_NOT_APPROVED.help':
    'The licence is not on the policy’s approved list. Release the weights under an approved open licence (e.g. Apache-2.0, MIT, CC-BY-4.0).',
  'finding.LICENCE_DENIED.message': '{licence} is denied by the policy ({rule})',
  'finding.LICENCE_DENIED.title': 'Licence denied',
  'finding.LICENCE_DENIED.help':
    'The policy denies this licence outright (e.g. non-commercial or no-derivatives terms). Relicense the weights under an approved open licence.',
  'finding.LICENCE_MISSING.message': 'no licence is declared and no licence file was found',
  'finding.LICENCE_MISSING.title': 'No licence',
  'finding.LICENCE_MISSING.help':
    'No licence could be found: the model card names none and there is no LICENSE file. Add `license:` to the model card and a LICENSE file.',
  'finding.LICENCE_UNREADABLE.message': '{file} could not be read[: {error}]; the licence is not established',
  'finding.LICENCE_UNREADABLE.title': 'Licence file unreadable',
  'finding.LICENCE_UNREADABLE.help':
    'A licence file exists but could not be read, so the licence could not be established. Re-run with a token that can read it.',
  'finding.LICENCE_UNIDENTIFIED.message':
    '{file} matches no known licence[ (closest: {closest} at {confidence})]: the licence is not established',
  'finding.LICENCE_UNIDENTIFIED.message.notRead':
    '{file} is not identified ({matcher|dash.matcher}): {detail}',
  'finding.LICENCE_UNIDENTIFIED.title': 'Licence not identified',
  'finding.LICENCE_UNIDENTIFIED.help':
    'A licence file was read but matches no known licence closely enough. Use a standard licence text unmodified, or ask the ministry to review it.',
  'finding.LICENCE_MISMATCH.message':
    'metadata ({origin}) says {declared} but the licence text is {detected}',
  'finding.LICENCE_MISMATCH.title': 'Metadata and licence text disagree',
  'finding.LICENCE_MISMATCH.help':
    'The licence named in metadata and the licence text disagree; the stricter one is used. Make the model card and the LICENSE file name the same licence.',
  'finding.LICENCE_RESTRICTED_USE.message': '{name} restricts use',
  'finding.LICENCE_RESTRICTED_USE.title': 'Use-restricted licence',
  'finding.LICENCE_RESTRICTED_USE.help':
    'The licence restricts how the model may be used (an acceptable-use policy or field-of-use limits), so it is not an open licence. Relicense under an approved open licence.',
  'finding.LICENCE_NON_COMMERCIAL.message': '{name} forbids commercial use',
  'finding.LICENCE_NON_COMMERCIAL.title': 'Non-commercial licence',
  'finding.LICENCE_NON_COMMERCIAL.help':
    'The licence forbids commercial use, so it is not an open licence. Relicense under an approved open licence.',
  'finding.SOURCE_FAILED.message': '{detail}',
  'finding.SOURCE_FAILED.title': 'Registry could not be asked',
  'finding.SOURCE_FAILED.help':
    'The registry could not be asked (network error, rate limit or bad response), so nothing could be established. Re-run later.',
  'finding.FILES_UNKNOWN.message': 'the file list could not be read',
  'finding.FILES_UNKNOWN.title': 'File list unknown',
  'finding.FILES_UNKNOWN.help':
    'The file list could not be read, so whether the repository holds weights is unknown. Re-run later or with a token that can list the files.',
  'finding.RENAMED.message': '{from} now redirects to {to}',
  'finding.RENAMED.title': 'Renamed',
  'finding.RENAMED.help':
    'The repository was renamed; the report uses its new id. Update the programme file.',
  'finding.WAIVED.message': '{code} waived[ until {expires}], approved by {approvedBy}: {reason}',
  'finding.WAIVED.title': 'Waived',
  'finding.WAIVED.help':
    'A policy waiver accepts this finding, so it no longer decides the verdict. Fix the cause before the waiver expires.',
  'finding.LICENCE_MODIFIED.message':
    '[{file} is ]{base} {how|finding.LICENCE_MODIFIED.how}, not {base} itself[: "{extra}"]',
  'finding.LICENCE_MODIFIED.how.modified': 'with terms added or changed',
  'finding.LICENCE_MODIFIED.how.renamed': 'with its names changed',
  'finding.LICENCE_MODIFIED.title': 'Modified licence',
  'finding.LICENCE_MODIFIED.help':
    'The licence text is a known licence with terms added or changed (or a template with its names changed), so it is not that licence and is not approved. Use the standard text unmodified, or ask the ministry to review the changed terms quoted in the evidence.',
  'finding.LICENCE_TEXT_MISSING.message':
    'only metadata names the licence ({licence}); {policy} requires the licence text',
  'finding.LICENCE_TEXT_MISSING.message.other':
    'the metadata lists `other` beside {declared}, but no licence text names that other licence',
  'finding.LICENCE_TEXT_MISSING.title': 'No licence text',
  'finding.LICENCE_TEXT_MISSING.help':
    'The licence rests on metadata that no licence text backs: the policy requires the text, or the card lists `other` beside named licences with no text for it. Add the licence text to the repository.',
  'finding.MALFORMED_METADATA.message': '{detail}: the declared licence is not established',
  'finding.MALFORMED_METADATA.title': 'Malformed licence metadata',
  'finding.MALFORMED_METADATA.help':
    'A licence field of the model card has the wrong shape (e.g. `license: {id: …}` or a number), so the declared licence is not established. Write `license:` as an id or a list of ids.',
  'finding.MALFORMED_RESPONSE.message': '{detail}: not established',
  'finding.MALFORMED_RESPONSE.title': 'Unexpected registry answer',
  'finding.MALFORMED_RESPONSE.help':
    'The registry answered with a shape openquota does not know (e.g. file entries without a name), so what it describes is not established. Re-run later.',
  'finding.FILES_TRUNCATED.message': '{detail}',
  'finding.FILES_TRUNCATED.title': 'File listing cut short',
  'finding.FILES_TRUNCATED.help':
    'The file listing was cut short (too many files), so what lies beyond the cut is not known. The release is unknown unless the files read already decide it.',
  'finding.DECLARED_NOT_EXCLUDED.message':
    'declared in models:, so counted although exclude: {pattern} matches it',
  'finding.DECLARED_NOT_EXCLUDED.title': 'Declared release not excluded',
  'finding.DECLARED_NOT_EXCLUDED.help':
    'The release is declared in `models:`, so it counts even though an `exclude:` glob matches it. Remove it from `models:` or narrow the glob.',
  'finding.AVAILABILITY_NOT_CHECKED.message':
    'a local directory: availability is not checked; judged as it would be once published publicly',
  'finding.AVAILABILITY_NOT_CHECKED.title': 'Availability not checked',
  'finding.AVAILABILITY_NOT_CHECKED.help':
    'A local directory: whether the release is public cannot be seen from it, so the verdict says how it would be judged once published. Check the published release for availability.',
  'finding.WEIGHTS_STUB.message.parameters':
    'weights are a stub: {parameters} parameters, under the {minParameters} floor; not a release',
  'finding.WEIGHTS_STUB.message.bytes':
    'weights are a stub: {bytes} bytes of weight files, under the {minBytes}-byte floor; not a release',
  'finding.WEIGHTS_STUB.message.storage':
    'weights are a stub: the repository stores {storageBytes} bytes in all, under the {minBytes}-byte floor; not a release',
  'finding.WEIGHTS_STUB.message.header':
    'weights are a stub: the stated {parameters} parameters take {neededBytes} bytes, but the repository stores {storageBytes}; not a release',
  'finding.WEIGHTS_UNKNOWN.message':
    'neither the parameter count nor the bytes of the weight files could be established[ ({detail})]: whether the weights are there is not established',
  'finding.FAMILY_COPY.message':
    'a {relation|relation} copy of {original}: listed under it, not counted on its own (judged alone: {verdict|verdict})',
  'finding.COPY_LESS_OPEN.message':
    'the copy {copy} is less open than its original[: {availability|availability}][; under {licence}, not {originalLicence}]',
  'finding.ADAPTER.message': 'an adapter[ on {base}]: listed, not counted',
  'finding.FORK.message': 'a fork[ of {parent}] of another owner: listed, not counted',
  'finding.THIRD_PARTY_BASE.message':
    "built on {model} (owner {owner}, {relation|relation}), another owner's weights",
  'finding.BASE_UNREADABLE.message':
    'the base {base} could not be read[ ({error})]: whether its licence binds this release is not established',
  'finding.BASE_UNREADABLE.message.noLicence':
    'the base {base} names no licence that could be read: whether it binds this release is not established',
  'finding.LICENCE_INHERITED.message':
    'the base {base} is under {licence}, which binds derivatives[: "{clause}"]; this release is under its own licence AND {licence}',
  // How a release relates to its base or original (families.ts, lineage.ts).
  'relation.quantized': 'quantised',
  'relation.re-upload': 're-uploaded',
  'relation.same-model': 'same-model',
  'relation.finetune': 'fine-tuned',
  'relation.merge': 'merged',
  'relation.adapter': 'adapter',
  'relation.base': 'derived',
  'reason.PARAMETERS_UNKNOWN':
    'a counted release has no established parameter count, so the parameter share cannot be weighed',
  'reason.PARAMETERS_ABOVE_THRESHOLD': '{parameterShare} of parameters compliant > {threshold}',
  'reason.PARAMETERS_AT_OR_BELOW_THRESHOLD': '{parameterShare} of parameters compliant <= {threshold}',
  'reason.PARAMETERS_DEPEND_ON_UNKNOWN':
    '{parameterShare} of parameters compliant; the unknown decide whether the share exceeds {threshold}',
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
  'finding.waived': '{text} (waived)',
  // Provenance lines of a release (EVIDENCE_CODES, policy/evidence-lines.ts).
  'evidence.METADATA.message': '{source} metadata[ at {revision}], fetched {fetchedAt}',
  'evidence.DECLARED.message': 'declared by {origin}: {value}[ (name {name})]',
  'evidence.NOT_READ.message': '{file}: not identified ({matcher|dash.matcher}: {detail})',
  'evidence.IDENTIFIED.message': '{file}: {licence} by {matcher} ({confidence})',
  'evidence.UNIDENTIFIED.message': '{file}: not identified[ (closest {closest} {confidence})]',
  'evidence.EXTRA.message': '{file}: text beyond the reference: "{quote}"',
  'evidence.UNREADABLE.message': '{file}: not read[ ({error})]',
  'evidence.PROBLEM.message': '{code}: {detail}[ ({url})]',
  // One release's verdict and its reason in a sentence (SARIF results, Action annotations).
  'sentence.verdict': '{model} (team {team}) is {verdict}: {reason}',
  // Errors of the CLI (src/cli): the framing, and each coded problem (ERROR_CODES in index.ts).
  'error.heading.one': '{who}: a problem to fix:',
  'error.heading.other': '{who}: {count} problems to fix:',
  'error.fixLabel': 'fix',
  'error.commandLine': 'command line',
  'error.upstream': '{who}: upstream failure ({code}): {message}{at}',
  'error.internal': '{who}: could not finish: {message}',
  'error.internalHint': 'This is a bug in openquota; please report it with the command you ran.',
  'error.UNKNOWN_COMMAND.message': 'unknown command "{name}"',
  'error.UNKNOWN_COMMAND.fix': 'use one of: {commands}',
  'error.UNKNOWN_COMMAND.fix.near': 'did you mean "{near}"? (commands: {commands})',
  'error.UNKNOWN_OPTION.message': 'unknown option {option}',
  'error.UNKNOWN_OPTION.fix': '`openquota {command} --help` lists every option',
  'error.UNKNOWN_OPTION.fix.near': 'did you mean {near}? (`openquota {command} --help` lists every option)',
  'error.NEEDS_VALUE.message': '{option} needs a value',
  'error.NEEDS_VALUE.fix': 'write {option} {value}',
  'error.TAKES_NO_VALUE.message': '{option} takes no value (got "{value}")',
  'error.TAKES_NO_VALUE.fix': 'write {option} alone',
  'error.GIVEN_TWICE.message': 'given twice ("{first}" and "{second}")',
  'error.GIVEN_TWICE.fix': 'give {option} once',
  'error.UNKNOWN_FORMAT.message': 'unknown format "{format}"',
  'error.UNKNOWN_FORMAT.fix': '[did you mean "{near}"? ]use one of: {formats}',
  'error.UNKNOWN_LANGUAGE.message': 'unknown language "{lang}"',
  'error.UNKNOWN_LANGUAGE.fix': 'use one of: {langs}',
  'error.UNKNOWN_VALUE.message': "unknown value '{value}'",
  'error.UNKNOWN_VALUE.fix': '[did you mean "{near}"? ]use one of: {values}',
  'error.EMPTY_VALUE.message': 'is empty',
  'error.EMPTY_VALUE.fix': 'give {option} {value}',
  'error.JSON_IS_OUTPUT.message': '{file}: is also the --output file',
  'error.JSON_IS_OUTPUT.fix': 'give --json another file name',
  // The Action's job summary (action/summary.ts).
  'summary.footer':
    'Policy **{policy}** (sha256 `{sha}`, share must be > {threshold}) · {file} at commit {commit} · openquota {version}',
  'summary.noCommit': 'not known',
  'summary.programmeFile': 'the programme file',
  // Where a licence was named in metadata (DeclaredLicence.origin).
  'origin.hub-card': 'Hub model card',
  'origin.hub-tag': 'Hub tag',
  'origin.github-api': 'GitHub licence API',
  'origin.spdx-tag': 'SPDX tag',
  'origin.readme-front-matter': 'README front matter',
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
  'dash.ev.lineage': 'Built on',
  'dash.ev.thirdParty': 'another owner',
  'dash.ev.family': 'Family',
  'dash.ev.lines': 'as the scan recorded it ({count})',
  'dash.ev.permalink': 'Link to this release in this view',
  'dash.matcher.exact': 'exact text',
  'dash.matcher.dice': 'similar text',
  'dash.matcher.reference': 'names the licence',
  'dash.matcher.spdx-tag': 'SPDX tag',
  'dash.matcher.compilation': 'several licences in one text',
  'dash.matcher.none': 'no match',
  'dash.matcher.too-long': 'too long to identify',
  'dash.matcher.failed': 'identification failed',
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
