
// src/report/primary-finding.ts
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function primaryFinding(model) {
  let best;
  const rank = (f) => (f.blocking ? 0 : 3) + SEVERITY_RANK[f.severity];
  for (const f of model.reasons) if (!best || rank(f) < rank(best)) best = f;
  if (model.verdict === "excluded" && (!best || rank(best) >= 3 + SEVERITY_RANK.info))
    return model.reasons.at(-1);
  return best;
}

// src/report/symbols.ts
function percent(share) {
  return `${(share * 100).toFixed(1)}%`;
}

// src/report/i18n/en.ts
var en = {
  "status.pass": "pass",
  "status.fail": "fail",
  "status.incomplete": "incomplete",
  "verdict.compliant": "compliant",
  "verdict.non-compliant": "non-compliant",
  "verdict.unknown": "unknown",
  "verdict.excluded": "excluded",
  "availability.public": "public",
  "availability.gated-auto": "gated (click-through)",
  "availability.gated-manual": "gated (manual approval)",
  "availability.private": "private",
  "availability.disabled": "disabled",
  "availability.missing": "missing",
  "availability.unknown": "unknown",
  "source.huggingface": "Hugging Face Hub",
  "source.github": "GitHub",
  "source.git": "git",
  "source.local": "local checkout",
  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "info",
  // A team's status and why (policy/tally.ts; args from teamReasonArgs in index.ts).
  "reason.ABOVE_THRESHOLD": "{compliant} of {counted} compliant ({share}) > {threshold}[, even with {unknown} unknown counted as failing]",
  "reason.AT_OR_BELOW_THRESHOLD": "{compliant} of {counted} compliant ({share}) <= {threshold}[, even with {unknown} unknown counted as compliant]",
  "reason.DEPENDS_ON_UNKNOWN": "{compliant} of {counted} compliant; the {unknown} unknown decide whether the share exceeds {threshold}",
  "reason.NOTHING_COUNTED": "no release counts towards the quota",
  "reason.LISTING_FAILED": "a registry of this team could not be listed, so its releases are not all known",
  "col.team": "team",
  "col.counted": "counted",
  "col.compliant": "compliant",
  "col.unknown": "unknown",
  "col.parameterShare": "by parameters",
  "report.parameterShareOf": "by parameters: {share} compliant",
  "col.share": "share",
  "col.threshold": "threshold",
  "col.status": "status",
  "col.model": "model",
  "col.verdict": "verdict",
  "col.availability": "availability",
  "col.licence": "licence",
  "col.reason": "reason",
  "col.parameters": "parameters",
  "col.change": "change",
  "col.before": "before",
  "col.after": "after",
  "report.policyLine": "policy {policy}: a team passes when its compliant share is > {threshold}",
  "report.verboseHint": "Run with --verbose to list every model and why it counts or not.",
  "report.overall": "overall",
  "report.title": "Open release quota",
  "report.programme": "Programme",
  "report.policy": "Policy",
  "report.generated": "Generated",
  "report.tool": "openquota {version}",
  "report.teams": "Teams",
  "report.models": "Models",
  "report.teamsCaption": "Per team: releases counted, compliant and unknown, and the compliant share against the threshold",
  "report.modelsCaption": "Every release with its verdict; open a row to see its evidence",
  "report.shareOf": "{share} compliant (threshold {threshold})",
  "report.teamCounts": "{counted} counted \xB7 {compliant} compliant \xB7 {unknown} unknown \xB7 {excluded} excluded",
  "report.listingFailed": "not listed: {message}",
  "report.noModels": "No releases.",
  "report.rule": "A team passes when more than {threshold} of its counted releases are public under an approved open licence.",
  "filter.heading": "Filter",
  "filter.team": "Team",
  "filter.verdict": "Verdict",
  "filter.availability": "Availability",
  "filter.licence": "Licence contains",
  "filter.all": "all",
  "filter.shown": "{shown} of {total} releases shown",
  "filter.reset": "Reset filters",
  "sort.hint": "Select a column header to sort.",
  noscript: "Sorting, filtering and the evidence rows need JavaScript; the tables below are complete without it.",
  "evidence.toggle": "Evidence for {id}",
  "evidence.declared": "Declared licence",
  "evidence.detected": "Detected licence",
  "evidence.expression": "Licence judged",
  "evidence.approved": "Approved by the policy",
  "evidence.matcher": "Matcher",
  "evidence.confidence": "confidence {confidence}",
  "evidence.closest": "closest {licence} at {confidence}",
  "evidence.revision": "Revision",
  "evidence.origin": "Found through",
  "evidence.weights": "Weight files",
  "evidence.parameters": "Parameters",
  "evidence.findings": "Findings",
  "evidence.provenance": "Provenance",
  "evidence.links": "Links",
  "evidence.declaredInProgramme": "declared in the programme file",
  "evidence.none": "none",
  "evidence.notEstablished": "not established",
  "evidence.code": "Code repository",
  "code.label": "code",
  "code.licenceUnknown": "licence not established",
  "code.notCounted": "code repository (not counted)",
  "code.marker": "code: {licence}",
  yes: "yes",
  no: "no",
  "md.modelsOf": "Models of {team} ({count})",
  "diff.title": "Changes between two evaluation rounds",
  "diff.old": "Before",
  "diff.new": "After",
  "diff.policyMismatch": "warning: the two reports were judged under different policies ({old} and {new}); verdict changes may come from the policy, not the releases.",
  "diff.summary": "{changes} changes, {regressions} regressions",
  "diff.none": "No changes.",
  "diff.regressed": "regression",
  "diff.regressions": "Regressions",
  "diff.kind.team-added": "team added",
  "diff.kind.team-removed": "team removed",
  "diff.kind.team-status": "team status changed",
  "diff.kind.team-share": "team share changed",
  "diff.kind.model-added": "model added",
  "diff.kind.model-removed": "model removed",
  "diff.kind.availability": "availability changed",
  "diff.kind.licence-declared": "declared licence changed",
  "diff.kind.licence-detected": "detected licence changed",
  "diff.kind.licence-expression": "judged licence changed",
  "diff.kind.verdict": "verdict changed",
  "diff.kind.revision": "new revision",
  "finding.NOT_PUBLIC.message": "the release is {availability|availability}",
  "finding.NOT_PUBLIC.title": "Not public",
  "finding.NOT_PUBLIC.help": "The release cannot be reached without credentials (private, disabled, missing, or gated with manual approval). Make the repository public, or remove manual gating.",
  "finding.GATED_AUTO.message": "click-through gating: counted as public by this policy",
  "finding.GATED_AUTO.title": "Click-through gating",
  "finding.GATED_AUTO.help": "The release is behind click-through gating. The policy still counts it as public; ungating it removes this warning.",
  "finding.NO_WEIGHTS.message": "no weight files: this repository does not count as a release",
  "finding.NO_WEIGHTS.title": "No weight files",
  "finding.NO_WEIGHTS.help": "The repository holds no weight files, so it is not a model release and is not counted. Nothing to fix unless weights were meant to be published here.",
  "finding.EXCLUDED_BY_PROGRAMME.message": "{reason} ({pattern})",
  "finding.EXCLUDED_BY_PROGRAMME.message.default": "excluded by the programme file ({pattern})",
  "finding.EXCLUDED_BY_PROGRAMME.title": "Excluded by the programme file",
  "finding.EXCLUDED_BY_PROGRAMME.help": "The programme file excludes this release from the count (exclude: in the team entry). Remove the pattern there if it should count.",
  "finding.LICENCE_NOT_APPROVED.message": "{licence} is not an approved open licence under {policy}",
  "finding.LICENCE_NOT_APPROVED.title": "Licence not approved",
  "finding.LICENCE_NOT_APPROVED.help": "The licence is not on the policy\u2019s approved list. Release the weights under an approved open licence (e.g. Apache-2.0, MIT, CC-BY-4.0).",
  "finding.LICENCE_DENIED.message": "{licence} is denied by the policy ({rule})",
  "finding.LICENCE_DENIED.title": "Licence denied",
  "finding.LICENCE_DENIED.help": "The policy denies this licence outright (e.g. non-commercial or no-derivatives terms). Relicense the weights under an approved open licence.",
  "finding.LICENCE_MISSING.message": "no licence is declared and no licence file was found",
  "finding.LICENCE_MISSING.title": "No licence",
  "finding.LICENCE_MISSING.help": "No licence could be found: the model card names none and there is no LICENSE file. Add `license:` to the model card and a LICENSE file.",
  "finding.LICENCE_UNREADABLE.message": "{file} could not be read[: {error}]; the licence is not established",
  "finding.LICENCE_UNREADABLE.title": "Licence file unreadable",
  "finding.LICENCE_UNREADABLE.help": "A licence file exists but could not be read, so the licence could not be established. Re-run with a token that can read it.",
  "finding.LICENCE_UNIDENTIFIED.message": "{file} matches no known licence[ (closest: {closest} at {confidence})]: the licence is not established",
  "finding.LICENCE_UNIDENTIFIED.message.notRead": "{file} is not identified ({matcher|dash.matcher}): {detail}",
  "finding.LICENCE_UNIDENTIFIED.title": "Licence not identified",
  "finding.LICENCE_UNIDENTIFIED.help": "A licence file was read but matches no known licence closely enough. Use a standard licence text unmodified, or ask the ministry to review it.",
  "finding.LICENCE_MISMATCH.message": "metadata ({origin}) says {declared} but the licence text is {detected}",
  "finding.LICENCE_MISMATCH.title": "Metadata and licence text disagree",
  "finding.LICENCE_MISMATCH.help": "The licence named in metadata and the licence text disagree; the stricter one is used. Make the model card and the LICENSE file name the same licence.",
  "finding.LICENCE_RESTRICTED_USE.message": "{name} restricts use",
  "finding.LICENCE_RESTRICTED_USE.title": "Use-restricted licence",
  "finding.LICENCE_RESTRICTED_USE.help": "The licence restricts how the model may be used (an acceptable-use policy or field-of-use limits), so it is not an open licence. Relicense under an approved open licence.",
  "finding.LICENCE_NON_COMMERCIAL.message": "{name} forbids commercial use",
  "finding.LICENCE_NON_COMMERCIAL.title": "Non-commercial licence",
  "finding.LICENCE_NON_COMMERCIAL.help": "The licence forbids commercial use, so it is not an open licence. Relicense under an approved open licence.",
  "finding.SOURCE_FAILED.message": "{detail}",
  "finding.SOURCE_FAILED.title": "Registry could not be asked",
  "finding.SOURCE_FAILED.help": "The registry could not be asked (network error, rate limit or bad response), so nothing could be established. Re-run later.",
  "finding.FILES_UNKNOWN.message": "the file list could not be read",
  "finding.FILES_UNKNOWN.title": "File list unknown",
  "finding.FILES_UNKNOWN.help": "The file list could not be read, so whether the repository holds weights is unknown. Re-run later or with a token that can list the files.",
  "finding.RENAMED.message": "{from} now redirects to {to}",
  "finding.RENAMED.title": "Renamed",
  "finding.RENAMED.help": "The repository was renamed; the report uses its new id. Update the programme file.",
  "finding.WAIVED.message": "{code} waived[ until {expires}], approved by {approvedBy}: {reason}",
  "finding.WAIVED.title": "Waived",
  "finding.WAIVED.help": "A policy waiver accepts this finding, so it no longer decides the verdict. Fix the cause before the waiver expires.",
  "finding.LICENCE_MODIFIED.message": '[{file} is ]{base} {how|finding.LICENCE_MODIFIED.how}, not {base} itself[: "{extra}"]',
  "finding.LICENCE_MODIFIED.how.modified": "with terms added or changed",
  "finding.LICENCE_MODIFIED.how.renamed": "with its names changed",
  "finding.LICENCE_MODIFIED.title": "Modified licence",
  "finding.LICENCE_MODIFIED.help": "The licence text is a known licence with terms added or changed (or a template with its names changed), so it is not that licence and is not approved. Use the standard text unmodified, or ask the ministry to review the changed terms quoted in the evidence.",
  "finding.LICENCE_TEXT_MISSING.message": "only metadata names the licence ({licence}); {policy} requires the licence text",
  "finding.LICENCE_TEXT_MISSING.message.other": "the metadata lists `other` beside {declared}, but no licence text names that other licence",
  "finding.LICENCE_TEXT_MISSING.title": "No licence text",
  "finding.LICENCE_TEXT_MISSING.help": "The licence rests on metadata that no licence text backs: the policy requires the text, or the card lists `other` beside named licences with no text for it. Add the licence text to the repository.",
  "finding.MALFORMED_METADATA.message": "{detail}: the declared licence is not established",
  "finding.MALFORMED_METADATA.title": "Malformed licence metadata",
  "finding.MALFORMED_METADATA.help": "A licence field of the model card has the wrong shape (e.g. `license: {id: \u2026}` or a number), so the declared licence is not established. Write `license:` as an id or a list of ids.",
  "finding.MALFORMED_RESPONSE.message": "{detail}: not established",
  "finding.MALFORMED_RESPONSE.title": "Unexpected registry answer",
  "finding.MALFORMED_RESPONSE.help": "The registry answered with a shape openquota does not know (e.g. file entries without a name), so what it describes is not established. Re-run later.",
  "finding.FILES_TRUNCATED.message": "{detail}",
  "finding.FILES_TRUNCATED.title": "File listing cut short",
  "finding.FILES_TRUNCATED.help": "The file listing was cut short (too many files), so what lies beyond the cut is not known. The release is unknown unless the files read already decide it.",
  "finding.DECLARED_NOT_EXCLUDED.message": "declared in models:, so counted although exclude: {pattern} matches it",
  "finding.DECLARED_NOT_EXCLUDED.title": "Declared release not excluded",
  "finding.DECLARED_NOT_EXCLUDED.help": "The release is declared in `models:`, so it counts even though an `exclude:` glob matches it. Remove it from `models:` or narrow the glob.",
  "finding.AVAILABILITY_NOT_CHECKED.message": "a local directory: availability is not checked; judged as it would be once published publicly",
  "finding.AVAILABILITY_NOT_CHECKED.title": "Availability not checked",
  "finding.AVAILABILITY_NOT_CHECKED.help": "A local directory: whether the release is public cannot be seen from it, so the verdict says how it would be judged once published. Check the published release for availability.",
  "finding.WEIGHTS_STUB.message.parameters": "weights are a stub: {parameters} parameters, under the {minParameters} floor; not a release",
  "finding.WEIGHTS_STUB.message.bytes": "weights are a stub: {bytes} bytes of weight files, under the {minBytes}-byte floor; not a release",
  "finding.WEIGHTS_STUB.message.storage": "weights are a stub: the repository stores {storageBytes} bytes in all, under the {minBytes}-byte floor; not a release",
  "finding.WEIGHTS_STUB.message.header": "weights are a stub: the stated {parameters} parameters take {neededBytes} bytes, but the repository stores {storageBytes}; not a release",
  "finding.WEIGHTS_UNKNOWN.message": "neither the parameter count nor the bytes of the weight files could be established[ ({detail})]: whether the weights are there is not established",
  "finding.FAMILY_COPY.message": "a {relation|relation} copy of {original}: listed under it, not counted on its own (judged alone: {verdict|verdict})",
  "finding.COPY_LESS_OPEN.message": "the copy {copy} is less open than its original[: {availability|availability}][; under {licence}, not {originalLicence}]",
  "finding.ADAPTER.message": "an adapter[ on {base}]: listed, not counted",
  "finding.FORK.message": "a fork[ of {parent}] of another owner: listed, not counted",
  "finding.THIRD_PARTY_BASE.message": "built on {model} (owner {owner}, {relation|relation}), another owner's weights",
  "finding.BASE_UNREADABLE.message": "the base {base} could not be read[ ({error})]: whether its licence binds this release is not established",
  "finding.BASE_UNREADABLE.message.noLicence": "the base {base} names no licence that could be read: whether it binds this release is not established",
  "finding.LICENCE_INHERITED.message": 'the base {base} is under {licence}, which binds derivatives[: "{clause}"]; this release is under its own licence AND {licence}',
  // How a release relates to its base or original (families.ts, lineage.ts).
  "relation.quantized": "quantised",
  "relation.re-upload": "re-uploaded",
  "relation.same-model": "same-model",
  "relation.finetune": "fine-tuned",
  "relation.merge": "merged",
  "relation.adapter": "adapter",
  "relation.base": "derived",
  "reason.PARAMETERS_UNKNOWN": "a counted release has no established parameter count, so the parameter share cannot be weighed",
  "reason.PARAMETERS_ABOVE_THRESHOLD": "{parameterShare} of parameters compliant > {threshold}",
  "reason.PARAMETERS_AT_OR_BELOW_THRESHOLD": "{parameterShare} of parameters compliant <= {threshold}",
  "reason.PARAMETERS_DEPEND_ON_UNKNOWN": "{parameterShare} of parameters compliant; the unknown decide whether the share exceeds {threshold}",
  "finding.WEIGHTS_STUB.title": "Weights are a stub",
  "finding.WEIGHTS_STUB.help": "The weight files are below the policy\u2019s floor (weights.minParameters / weights.minBytes): a stub, not a model release, so the repository is excluded. The finding carries the figures. Upload the real weights.",
  "finding.WEIGHTS_UNKNOWN.title": "Size of the weights unknown",
  "finding.WEIGHTS_UNKNOWN.help": "Neither the parameter count nor the bytes of the weight files could be established (a header that did not parse, a tree that could not be read), so whether the weights are really there is unknown. Re-run, or publish weights in a format that states its size.",
  "finding.FAMILY_COPY.title": "Copy of a counted model",
  "finding.FAMILY_COPY.help": "A quantised, converted or re-uploaded copy of another release of the same team (or the same model on another registry): listed under its original and not counted on its own. The original\u2019s verdict is the family\u2019s.",
  "finding.COPY_LESS_OPEN.title": "Copy less open than the original",
  "finding.COPY_LESS_OPEN.help": "A copy of this model is private, gated or under another licence than the original. The original\u2019s verdict stands for the family; make the copy as open as the original.",
  "finding.ADAPTER.title": "Adapter (not counted)",
  "finding.ADAPTER.help": "An adapter (LoRA, PEFT) on a base model: listed, not counted as a model release (policy families.adapters).",
  "finding.FORK.title": "Fork (not counted)",
  "finding.FORK.help": "A fork of another owner\u2019s repository: listed, not counted as the team\u2019s release (policy families.forks).",
  "finding.THIRD_PARTY_BASE.title": "Built on a third-party base model",
  "finding.THIRD_PARTY_BASE.help": "The release is built on another owner\u2019s model (its base_model is outside the team): the finding names the owner, the model and the relation. The policy\u2019s lineage.thirdPartyBase says whether it is allowed, flagged or not counted.",
  "finding.LICENCE_INHERITED.title": "Licence inherited from the base model",
  "finding.LICENCE_INHERITED.help": "The base model\u2019s licence binds derivatives, so this release is under its own licence AND the base\u2019s; relabelling a fine-tune does not lift the base\u2019s terms. The finding names the base, its licence and the clause that binds.",
  "finding.BASE_UNREADABLE.title": "Base model unreadable",
  "finding.BASE_UNREADABLE.help": "The base model\u2019s metadata (and so its licence) could not be read, so whether its licence binds this release is not established: the licence is unknown. Re-run later.",
  "finding.waived": "{text} (waived)",
  // Provenance lines of a release (EVIDENCE_CODES, policy/evidence-lines.ts).
  "evidence.METADATA.message": "{source} metadata[ at {revision}], fetched {fetchedAt}",
  "evidence.DECLARED.message": "declared by {origin}: {value}[ (name {name})]",
  "evidence.NOT_READ.message": "{file}: not identified ({matcher|dash.matcher}: {detail})",
  "evidence.IDENTIFIED.message": "{file}: {licence} by {matcher} ({confidence})",
  "evidence.UNIDENTIFIED.message": "{file}: not identified[ (closest {closest} {confidence})]",
  "evidence.EXTRA.message": '{file}: text beyond the reference: "{quote}"',
  "evidence.UNREADABLE.message": "{file}: not read[ ({error})]",
  "evidence.PROBLEM.message": "{code}: {detail}[ ({url})]",
  // One release's verdict and its reason in a sentence (SARIF results, Action annotations).
  "sentence.verdict": "{model} (team {team}) is {verdict}: {reason}",
  // Errors of the CLI (src/cli): the framing, and each coded problem (ERROR_CODES in index.ts).
  "error.heading.one": "{who}: a problem to fix:",
  "error.heading.other": "{who}: {count} problems to fix:",
  "error.fixLabel": "fix",
  "error.commandLine": "command line",
  "error.upstream": "{who}: upstream failure ({code}): {message}{at}",
  "error.internal": "{who}: could not finish: {message}",
  "error.internalHint": "This is a bug in openquota; please report it with the command you ran.",
  "error.UNKNOWN_COMMAND.message": 'unknown command "{name}"',
  "error.UNKNOWN_COMMAND.fix": "use one of: {commands}",
  "error.UNKNOWN_COMMAND.fix.near": 'did you mean "{near}"? (commands: {commands})',
  "error.UNKNOWN_OPTION.message": "unknown option {option}",
  "error.UNKNOWN_OPTION.fix": "`openquota {command} --help` lists every option",
  "error.UNKNOWN_OPTION.fix.near": "did you mean {near}? (`openquota {command} --help` lists every option)",
  "error.NEEDS_VALUE.message": "{option} needs a value",
  "error.NEEDS_VALUE.fix": "write {option} {value}",
  "error.TAKES_NO_VALUE.message": '{option} takes no value (got "{value}")',
  "error.TAKES_NO_VALUE.fix": "write {option} alone",
  "error.GIVEN_TWICE.message": 'given twice ("{first}" and "{second}")',
  "error.GIVEN_TWICE.fix": "give {option} once",
  "error.UNKNOWN_FORMAT.message": 'unknown format "{format}"',
  "error.UNKNOWN_FORMAT.fix": '[did you mean "{near}"? ]use one of: {formats}',
  "error.UNKNOWN_LANGUAGE.message": 'unknown language "{lang}"',
  "error.UNKNOWN_LANGUAGE.fix": "use one of: {langs}",
  "error.UNKNOWN_VALUE.message": "unknown value '{value}'",
  "error.UNKNOWN_VALUE.fix": '[did you mean "{near}"? ]use one of: {values}',
  "error.EMPTY_VALUE.message": "is empty",
  "error.EMPTY_VALUE.fix": "give {option} {value}",
  "error.JSON_IS_OUTPUT.message": "{file}: is also the --output file",
  "error.JSON_IS_OUTPUT.fix": "give --json another file name",
  // The Action's job summary (action/summary.ts).
  "summary.footer": "Policy **{policy}** (sha256 `{sha}`, share must be > {threshold}) \xB7 {file} at commit {commit} \xB7 openquota {version}",
  "summary.noCommit": "not known",
  "summary.programmeFile": "the programme file",
  // Where a licence was named in metadata (DeclaredLicence.origin).
  "origin.hub-card": "Hub model card",
  "origin.hub-tag": "Hub tag",
  "origin.github-api": "GitHub licence API",
  "origin.spdx-tag": "SPDX tag",
  "origin.readme-front-matter": "README front matter",
  // The dashboard (html-*.ts): headline, team cards, the model table and its script.
  "dash.reason.code": "code repository: no weight files, not a release",
  "dash.reason.compliant": "public under {licence}, an approved licence",
  "dash.headline.none": "No team in this report",
  "dash.headline.fail.one": "{count} of {total} teams fails the quota",
  "dash.headline.fail.other": "{count} of {total} teams fail the quota",
  "dash.headline.andIncomplete": "; {count} cannot be decided yet",
  "dash.headline.incomplete.one": "No team fails, but {count} of {total} teams cannot be decided yet",
  "dash.headline.incomplete.other": "No team fails, but {count} of {total} teams cannot be decided yet",
  "dash.headline.pass.one": "The team passes the quota",
  "dash.headline.pass.other": "All {count} teams pass the quota",
  "dash.bar": "{team}: of {counted} counted, {compliant} compliant, {nonCompliant} non-compliant, {unknown} unknown; the threshold is {threshold}",
  "dash.card.why": "Why releases do not count as open",
  "dash.card.more.one": "{count} more reason",
  "dash.card.more.other": "{count} more reasons",
  "dash.card.excluded.one": "{count} release excluded, not counted: why",
  "dash.card.excluded.other": "{count} releases excluded, not counted: why",
  "dash.card.show.one": "Show the {count} release of {team}",
  "dash.card.show.other": "Show the {count} releases of {team}",
  "dash.filter.reason": "Reason",
  "dash.filter.search": "Search model, licence, reason",
  "dash.filter.group": "Group",
  "dash.group.team": "by team",
  "dash.group.none": "one list",
  "dash.noscript": "The release table needs JavaScript; the team summaries above are complete without it, and the JSON report lists every release.",
  "dash.empty": "No release matches these filters.",
  "dash.modelsCaption": "Every release, grouped by team, the most severe first, with the reason; open a row for its evidence",
  "dash.more": "Show {count} more ({left} left)",
  "dash.csv": "Export these {count} releases (CSV)",
  "dash.col.source": "source",
  "dash.col.code": "finding code",
  "dash.col.url": "page",
  "dash.group.count": "{shown} of {total} releases",
  "dash.family": "family {family} ({count})",
  "dash.copies": "Copies (listed under this model, not counted)",
  "dash.copies.tag": "+{count} copies",
  "dash.evidence.open": "evidence",
  "dash.ev.metadata": "Declared in metadata",
  "dash.ev.texts": "Identified from licence texts",
  "dash.ev.notJudged": "not judged: the release is not counted",
  "dash.ev.noMetadata": "nothing: the metadata names no licence",
  "dash.ev.pointer": "names no licence itself, so the licence text decides",
  "dash.ev.name": "name {name}",
  "dash.ev.noText": "no licence text identified",
  "dash.ev.unidentified": "not identified",
  "dash.ev.extra": "Text the match left unexplained:",
  "dash.ev.weights.one": "{count} file, {parameters} parameters",
  "dash.ev.weights.other": "{count} files, {parameters} parameters",
  "dash.ev.files.one": "{count} file",
  "dash.ev.files.other": "{count} files",
  "dash.ev.lineage": "Built on",
  "dash.ev.thirdParty": "another owner",
  "dash.ev.family": "Family",
  "dash.ev.lines": "as the scan recorded it ({count})",
  "dash.ev.permalink": "Link to this release in this view",
  "dash.matcher.exact": "exact text",
  "dash.matcher.dice": "similar text",
  "dash.matcher.reference": "names the licence",
  "dash.matcher.spdx-tag": "SPDX tag",
  "dash.matcher.compilation": "several licences in one text",
  "dash.matcher.none": "no match",
  "dash.matcher.too-long": "too long to identify",
  "dash.matcher.failed": "identification failed",
  // The public site (site-*.ts): index, rounds, team histories.
  "site.title": "Open release quota, round by round",
  "site.nav": "Site",
  "site.home": "All rounds",
  "site.lang": "Language",
  "site.rounds": "Evaluation rounds",
  "site.round": "Round of {date}",
  "site.roundsCount.one": "{count} evaluation round",
  "site.roundsCount.other": "{count} evaluation rounds",
  "site.latest": "Latest round, {date}",
  "site.chartTitle": "Compliant share per round",
  "site.chartDesc": "Each line is a team\u2019s compliant share in each round; the dashed line is the threshold ({threshold}): a team passes above it.",
  "site.sharesCaption": "Status and compliant share of each team in each round; open a cell for that round\u2019s releases",
  "site.absent": "not in this round",
  "site.teamHistory": "History of {team}",
  "site.historyCaption": "The team in each round; open a round for its releases",
  "site.history": "What changed between rounds",
  "site.changes": "From {from} to {to}",
  "site.noChanges": "No change in this team\u2019s releases.",
  "site.firstRound": "This is the first round: there is nothing to compare yet.",
  "site.col.round": "round",
  // The terminal table and the Markdown report (table.ts, markdown.ts); `.one`/`.other` by plural().
  "col.excluded": "excluded",
  "failure.heading": "Registries that could not be asked:",
  "failure.listing": "{origin} could not be listed \u2014 {host}: {message} ({cause})",
  "failure.inspect.one": "{count} release could not be inspected \u2014 {host}: {message} ({cause})",
  "failure.inspect.other": "{count} releases could not be inspected \u2014 {host}: {message} ({cause})",
  "failure.requestId": "request id {id}",
  "failure.someRegistry": "a registry",
  "md.truncated.one": "{count} model was left out to stay within {limit} characters; the full report is {path}.",
  "md.truncated.other": "{count} models were left out to stay within {limit} characters; the full report is {path}.",
  "md.truncatedNoPath.one": "{count} model was left out to stay within {limit} characters; render the JSON report for the full list.",
  "md.truncatedNoPath.other": "{count} models were left out to stay within {limit} characters; render the JSON report for the full list."
};

// src/report/i18n/ko.ts
var ko = {
  "status.pass": "\uD1B5\uACFC",
  "status.fail": "\uC2E4\uD328",
  "status.incomplete": "\uBBF8\uC644\uB8CC",
  "verdict.compliant": "\uC900\uC218",
  "verdict.non-compliant": "\uBBF8\uC900\uC218",
  "verdict.unknown": "\uC54C \uC218 \uC5C6\uC74C",
  "verdict.excluded": "\uC81C\uC678",
  "availability.public": "\uACF5\uAC1C",
  "availability.gated-auto": "\uACF5\uAC1C(\uB3D9\uC758 \uD6C4 \uC811\uADFC)",
  "availability.gated-manual": "\uC2B9\uC778 \uD6C4 \uC811\uADFC",
  "availability.private": "\uBE44\uACF5\uAC1C",
  "availability.disabled": "\uBE44\uD65C\uC131\uD654\uB428",
  "availability.missing": "\uCC3E\uC744 \uC218 \uC5C6\uC74C",
  "availability.unknown": "\uC54C \uC218 \uC5C6\uC74C",
  "source.huggingface": "Hugging Face Hub",
  "source.github": "GitHub",
  "source.git": "git",
  "source.local": "\uB85C\uCEEC \uCCB4\uD06C\uC544\uC6C3",
  "severity.error": "\uC624\uB958",
  "severity.warning": "\uACBD\uACE0",
  "severity.info": "\uCC38\uACE0",
  "reason.ABOVE_THRESHOLD": "{counted}\uAC1C \uC911 {compliant}\uAC1C \uC900\uC218({share})\uB85C \uAE30\uC900 {threshold}\uB97C \uB118\uC2B5\uB2C8\uB2E4[. \uC54C \uC218 \uC5C6\uB294 {unknown}\uAC1C\uB97C \uBAA8\uB450 \uBBF8\uC900\uC218\uB85C \uBCF4\uC544\uB3C4 \uB118\uC2B5\uB2C8\uB2E4]",
  "reason.AT_OR_BELOW_THRESHOLD": "{counted}\uAC1C \uC911 {compliant}\uAC1C \uC900\uC218({share})\uB85C \uAE30\uC900 {threshold}\uB97C \uB118\uC9C0 \uBABB\uD569\uB2C8\uB2E4[. \uC54C \uC218 \uC5C6\uB294 {unknown}\uAC1C\uB97C \uBAA8\uB450 \uC900\uC218\uB85C \uBCF4\uC544\uB3C4 \uB118\uC9C0 \uBABB\uD569\uB2C8\uB2E4]",
  "reason.DEPENDS_ON_UNKNOWN": "{counted}\uAC1C \uC911 {compliant}\uAC1C \uC900\uC218\uC785\uB2C8\uB2E4. \uC54C \uC218 \uC5C6\uB294 {unknown}\uAC1C\uC5D0 \uB530\uB77C \uAE30\uC900 {threshold} \uCD08\uACFC \uC5EC\uBD80\uAC00 \uAC08\uB9BD\uB2C8\uB2E4",
  "reason.NOTHING_COUNTED": "\uC9D1\uACC4 \uB300\uC0C1 \uACF5\uAC1C \uBAA8\uB378\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",
  "reason.LISTING_FAILED": "\uC774 \uD300\uC758 \uC800\uC7A5\uC18C \uBAA9\uB85D\uC744 \uAC00\uC838\uC624\uC9C0 \uBABB\uD574 \uACF5\uAC1C \uBAA8\uB378\uC744 \uBAA8\uB450 \uD30C\uC545\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4",
  "col.team": "\uD300",
  "col.counted": "\uC9D1\uACC4",
  "col.compliant": "\uC900\uC218",
  "col.unknown": "\uC54C \uC218 \uC5C6\uC74C",
  "col.parameterShare": "\uD30C\uB77C\uBBF8\uD130 \uAE30\uC900",
  "report.parameterShareOf": "\uD30C\uB77C\uBBF8\uD130 \uAE30\uC900 \uC900\uC218 \uBE44\uC728: {share}",
  "col.share": "\uC900\uC218 \uBE44\uC728",
  "col.threshold": "\uAE30\uC900",
  "col.status": "\uC0C1\uD0DC",
  "col.model": "\uBAA8\uB378",
  "col.verdict": "\uD310\uC815",
  "col.availability": "\uACF5\uAC1C \uC5EC\uBD80",
  "col.licence": "\uB77C\uC774\uC120\uC2A4",
  "col.reason": "\uC0AC\uC720",
  "col.parameters": "\uD30C\uB77C\uBBF8\uD130",
  "col.change": "\uBCC0\uACBD",
  "col.before": "\uC774\uC804",
  "col.after": "\uC774\uD6C4",
  "report.policyLine": "\uC815\uCC45 {policy}: \uC900\uC218 \uBE44\uC728\uC774 {threshold}\uB97C \uB118\uC73C\uBA74 \uD300\uC774 \uD1B5\uACFC\uD569\uB2C8\uB2E4",
  "report.verboseHint": "\uBAA8\uB4E0 \uBAA8\uB378\uACFC \uC9D1\uACC4 \uC5EC\uBD80\uC758 \uADFC\uAC70\uB97C \uBCF4\uB824\uBA74 --verbose \uC635\uC158\uC73C\uB85C \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
  "report.overall": "\uC804\uCCB4",
  "report.title": "\uC624\uD508\uC18C\uC2A4 \uACF5\uAC1C \uC758\uBB34 \uC810\uAC80",
  "report.programme": "\uC0AC\uC5C5",
  "report.policy": "\uC815\uCC45",
  "report.generated": "\uC0DD\uC131 \uC2DC\uAC01",
  "report.tool": "openquota {version}",
  "report.teams": "\uD300",
  "report.models": "\uBAA8\uB378",
  "report.teamsCaption": "\uD300\uBCC4 \uC9D1\uACC4\xB7\uC900\uC218\xB7\uC54C \uC218 \uC5C6\uC74C \uBAA8\uB378 \uC218\uC640 \uAE30\uC900 \uB300\uBE44 \uC900\uC218 \uBE44\uC728",
  "report.modelsCaption": "\uBAA8\uB4E0 \uACF5\uAC1C \uBAA8\uB378\uACFC \uD310\uC815\uC785\uB2C8\uB2E4. \uD589\uC744 \uD3BC\uCE58\uBA74 \uADFC\uAC70\uB97C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4",
  "report.shareOf": "\uC900\uC218 \uBE44\uC728 {share} (\uAE30\uC900 {threshold})",
  "report.teamCounts": "\uC9D1\uACC4 {counted} \xB7 \uC900\uC218 {compliant} \xB7 \uC54C \uC218 \uC5C6\uC74C {unknown} \xB7 \uC81C\uC678 {excluded}",
  "report.listingFailed": "\uBAA9\uB85D \uC870\uD68C \uC2E4\uD328: {message}",
  "report.noModels": "\uACF5\uAC1C \uBAA8\uB378\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
  "report.rule": "\uC9D1\uACC4 \uB300\uC0C1 \uBAA8\uB378 \uC911 \uC2B9\uC778\uB41C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uB85C \uACF5\uAC1C\uB41C \uBAA8\uB378\uC758 \uBE44\uC728\uC774 {threshold}\uB97C \uB118\uC73C\uBA74 \uD300\uC774 \uD1B5\uACFC\uD569\uB2C8\uB2E4.",
  "filter.heading": "\uD544\uD130",
  "filter.team": "\uD300",
  "filter.verdict": "\uD310\uC815",
  "filter.availability": "\uACF5\uAC1C \uC5EC\uBD80",
  "filter.licence": "\uB77C\uC774\uC120\uC2A4 \uAC80\uC0C9",
  "filter.all": "\uC804\uCCB4",
  "filter.shown": "\uC804\uCCB4 {total}\uAC1C \uC911 {shown}\uAC1C \uD45C\uC2DC",
  "filter.reset": "\uD544\uD130 \uCD08\uAE30\uD654",
  "sort.hint": "\uC5F4 \uC81C\uBAA9\uC744 \uC120\uD0DD\uD558\uBA74 \uC815\uB82C\uB429\uB2C8\uB2E4.",
  noscript: "\uC815\uB82C, \uD544\uD130, \uADFC\uAC70 \uD3BC\uCE58\uAE30\uC5D0\uB294 JavaScript\uAC00 \uD544\uC694\uD569\uB2C8\uB2E4. \uC544\uB798 \uD45C\uB294 JavaScript \uC5C6\uC774\uB3C4 \uBAA8\uB4E0 \uB0B4\uC6A9\uC744 \uB2F4\uACE0 \uC788\uC2B5\uB2C8\uB2E4.",
  "evidence.toggle": "{id}\uC758 \uADFC\uAC70",
  "evidence.declared": "\uBA85\uC2DC\uB41C \uB77C\uC774\uC120\uC2A4",
  "evidence.detected": "\uD0D0\uC9C0\uB41C \uB77C\uC774\uC120\uC2A4",
  "evidence.expression": "\uD310\uC815\uC5D0 \uC4F0\uC778 \uB77C\uC774\uC120\uC2A4",
  "evidence.approved": "\uC815\uCC45 \uC2B9\uC778 \uC5EC\uBD80",
  "evidence.matcher": "\uD310\uBCC4 \uBC29\uC2DD",
  "evidence.confidence": "\uC2E0\uB8B0\uB3C4 {confidence}",
  "evidence.closest": "\uAC00\uC7A5 \uAC00\uAE4C\uC6B4 \uB77C\uC774\uC120\uC2A4 {licence} ({confidence})",
  "evidence.revision": "\uB9AC\uBE44\uC804",
  "evidence.origin": "\uBC1C\uACAC \uACBD\uB85C",
  "evidence.weights": "\uAC00\uC911\uCE58 \uD30C\uC77C",
  "evidence.parameters": "\uD30C\uB77C\uBBF8\uD130 \uC218",
  "evidence.findings": "\uAC80\uC0AC \uACB0\uACFC",
  "evidence.provenance": "\uCD9C\uCC98",
  "evidence.links": "\uB9C1\uD06C",
  "evidence.declaredInProgramme": "\uC0AC\uC5C5 \uD30C\uC77C\uC5D0 \uBA85\uC2DC\uB428",
  "evidence.none": "\uC5C6\uC74C",
  "evidence.notEstablished": "\uD655\uC778\uB418\uC9C0 \uC54A\uC74C",
  "evidence.code": "\uCF54\uB4DC \uC800\uC7A5\uC18C",
  "code.label": "\uCF54\uB4DC \uC800\uC7A5\uC18C",
  "code.licenceUnknown": "\uB77C\uC774\uC120\uC2A4 \uD655\uC778\uB418\uC9C0 \uC54A\uC74C",
  "code.notCounted": "\uCF54\uB4DC \uC800\uC7A5\uC18C(\uC9D1\uACC4\uD558\uC9C0 \uC54A\uC74C)",
  "code.marker": "\uCF54\uB4DC: {licence}",
  yes: "\uC608",
  no: "\uC544\uB2C8\uC694",
  "md.modelsOf": "{team}\uC758 \uBAA8\uB378 ({count}\uAC1C)",
  "diff.title": "\uB450 \uD3C9\uAC00 \uCC28\uC218 \uAC04 \uBCC0\uACBD \uC0AC\uD56D",
  "diff.old": "\uC774\uC804",
  "diff.new": "\uC774\uD6C4",
  "diff.policyMismatch": "\uACBD\uACE0: \uB450 \uBCF4\uACE0\uC11C\uB294 \uC11C\uB85C \uB2E4\uB978 \uC815\uCC45({old}, {new})\uC73C\uB85C \uD310\uC815\uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uD310\uC815 \uBCC0\uD654\uAC00 \uBAA8\uB378\uC774 \uC544\uB2C8\uB77C \uC815\uCC45 \uCC28\uC774\uC5D0\uC11C \uBE44\uB86F\uB418\uC5C8\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
  "diff.summary": "\uBCC0\uACBD {changes}\uAC74, \uD6C4\uD1F4 {regressions}\uAC74",
  "diff.none": "\uBCC0\uACBD \uC0AC\uD56D\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
  "diff.regressed": "\uD6C4\uD1F4",
  "diff.regressions": "\uD6C4\uD1F4 \uD56D\uBAA9",
  "diff.kind.team-added": "\uD300 \uCD94\uAC00",
  "diff.kind.team-removed": "\uD300 \uC0AD\uC81C",
  "diff.kind.team-status": "\uD300 \uC0C1\uD0DC \uBCC0\uACBD",
  "diff.kind.team-share": "\uD300 \uC900\uC218 \uBE44\uC728 \uBCC0\uACBD",
  "diff.kind.model-added": "\uBAA8\uB378 \uCD94\uAC00",
  "diff.kind.model-removed": "\uBAA8\uB378 \uC0AD\uC81C",
  "diff.kind.availability": "\uACF5\uAC1C \uC5EC\uBD80 \uBCC0\uACBD",
  "diff.kind.licence-declared": "\uBA85\uC2DC\uB41C \uB77C\uC774\uC120\uC2A4 \uBCC0\uACBD",
  "diff.kind.licence-detected": "\uD0D0\uC9C0\uB41C \uB77C\uC774\uC120\uC2A4 \uBCC0\uACBD",
  "diff.kind.licence-expression": "\uD310\uC815 \uB77C\uC774\uC120\uC2A4 \uBCC0\uACBD",
  "diff.kind.verdict": "\uD310\uC815 \uBCC0\uACBD",
  "diff.kind.revision": "\uC0C8 \uB9AC\uBE44\uC804",
  "finding.NOT_PUBLIC.message": "\uC790\uACA9 \uC99D\uBA85 \uC5C6\uC774\uB294 \uC811\uADFC\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4({availability|availability})",
  "finding.NOT_PUBLIC.title": "\uBE44\uACF5\uAC1C",
  "finding.NOT_PUBLIC.help": "\uC778\uC99D \uC5C6\uC774\uB294 \uC811\uADFC\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4(\uBE44\uACF5\uAC1C, \uBE44\uD65C\uC131\uD654, \uC0AD\uC81C \uB610\uB294 \uC218\uB3D9 \uC2B9\uC778 \uAC8C\uC774\uD2B8). \uC800\uC7A5\uC18C\uB97C \uACF5\uAC1C\uB85C \uC804\uD658\uD558\uAC70\uB098 \uC218\uB3D9 \uC2B9\uC778 \uAC8C\uC774\uD2B8\uB97C \uD574\uC81C\uD558\uC2ED\uC2DC\uC624.",
  "finding.GATED_AUTO.message": "\uB3D9\uC758 \uD074\uB9AD \uD6C4 \uC811\uADFC\uD560 \uC218 \uC788\uC73C\uBA70, \uC774 \uC815\uCC45\uC740 \uACF5\uAC1C\uB85C \uC778\uC815\uD569\uB2C8\uB2E4",
  "finding.GATED_AUTO.title": "\uB3D9\uC758 \uD6C4 \uC811\uADFC",
  "finding.GATED_AUTO.help": "\uC57D\uAD00 \uB3D9\uC758 \uD6C4 \uC811\uADFC\uD560 \uC218 \uC788\uB294 \uAC8C\uC774\uD2B8\uAC00 \uAC78\uB824 \uC788\uC2B5\uB2C8\uB2E4. \uC815\uCC45\uC0C1 \uACF5\uAC1C\uB85C \uC9D1\uACC4\uB418\uC9C0\uB9CC, \uAC8C\uC774\uD2B8\uB97C \uD574\uC81C\uD558\uBA74 \uC774 \uACBD\uACE0\uAC00 \uC0AC\uB77C\uC9D1\uB2C8\uB2E4.",
  "finding.NO_WEIGHTS.message": "\uAC00\uC911\uCE58 \uD30C\uC77C\uC774 \uC5C6\uC5B4 \uACF5\uAC1C \uBAA8\uB378\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
  "finding.NO_WEIGHTS.title": "\uAC00\uC911\uCE58 \uD30C\uC77C \uC5C6\uC74C",
  "finding.NO_WEIGHTS.help": "\uC800\uC7A5\uC18C\uC5D0 \uAC00\uC911\uCE58 \uD30C\uC77C\uC774 \uC5C6\uC5B4 \uBAA8\uB378 \uACF5\uAC1C\uB85C \uBCF4\uC9C0 \uC54A\uC73C\uBA70 \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC774\uACF3\uC5D0 \uAC00\uC911\uCE58\uB97C \uACF5\uAC1C\uD558\uB824\uB358 \uAC83\uC774 \uC544\uB2C8\uB77C\uBA74 \uC870\uCE58\uD560 \uD544\uC694\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.",
  "finding.EXCLUDED_BY_PROGRAMME.message": "\uC81C\uC678 \uADDC\uCE59 {pattern}, \uC0AC\uC720: \u201C{reason}\u201D",
  "finding.EXCLUDED_BY_PROGRAMME.message.default": "\uC81C\uC678 \uADDC\uCE59 {pattern}\uC5D0 \uD574\uB2F9\uD569\uB2C8\uB2E4",
  "finding.EXCLUDED_BY_PROGRAMME.title": "\uC0AC\uC5C5 \uD30C\uC77C\uC5D0\uC11C \uC81C\uC678",
  "finding.EXCLUDED_BY_PROGRAMME.help": "\uC0AC\uC5C5 \uD30C\uC77C \uD300 \uD56D\uBAA9\uC758 `exclude:`\uAC00 \uC774 \uBAA8\uB378\uC744 \uC9D1\uACC4\uC5D0\uC11C \uC81C\uC678\uD569\uB2C8\uB2E4. \uC9D1\uACC4\uD574\uC57C \uD55C\uB2E4\uBA74 \uD574\uB2F9 \uD328\uD134\uC744 \uC0AD\uC81C\uD558\uC2ED\uC2DC\uC624.",
  "finding.LICENCE_NOT_APPROVED.message": "{licence}: {policy} \uC815\uCC45\uC774 \uC2B9\uC778\uD55C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uAC00 \uC544\uB2D9\uB2C8\uB2E4",
  "finding.LICENCE_NOT_APPROVED.title": "\uC2B9\uC778\uB418\uC9C0 \uC54A\uC740 \uB77C\uC774\uC120\uC2A4",
  "finding.LICENCE_NOT_APPROVED.help": "\uB77C\uC774\uC120\uC2A4\uAC00 \uC815\uCC45\uC758 \uC2B9\uC778 \uBAA9\uB85D\uC5D0 \uC5C6\uC2B5\uB2C8\uB2E4. \uAC00\uC911\uCE58\uB97C \uC2B9\uC778\uB41C \uC624\uD508 \uB77C\uC774\uC120\uC2A4(\uC608: Apache-2.0, MIT, CC-BY-4.0)\uB85C \uACF5\uAC1C\uD558\uC2ED\uC2DC\uC624.",
  "finding.LICENCE_DENIED.message": "{licence}: \uC815\uCC45\uC774 \uAE08\uC9C0\uD55C \uB77C\uC774\uC120\uC2A4\uC785\uB2C8\uB2E4(\uAE08\uC9C0 \uADDC\uCE59 {rule})",
  "finding.LICENCE_DENIED.title": "\uAE08\uC9C0\uB41C \uB77C\uC774\uC120\uC2A4",
  "finding.LICENCE_DENIED.help": "\uC815\uCC45\uC774 \uC774 \uB77C\uC774\uC120\uC2A4\uB97C \uBA85\uC2DC\uC801\uC73C\uB85C \uAE08\uC9C0\uD569\uB2C8\uB2E4(\uC608: \uBE44\uC0C1\uC5C5 \uB610\uB294 \uBCC0\uACBD \uAE08\uC9C0 \uC870\uAC74). \uC2B9\uC778\uB41C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uB85C \uB2E4\uC2DC \uACF5\uAC1C\uD558\uC2ED\uC2DC\uC624.",
  "finding.LICENCE_MISSING.message": "\uC120\uC5B8\uB41C \uB77C\uC774\uC120\uC2A4\uB3C4, \uB77C\uC774\uC120\uC2A4 \uD30C\uC77C\uB3C4 \uC5C6\uC2B5\uB2C8\uB2E4",
  "finding.LICENCE_MISSING.title": "\uB77C\uC774\uC120\uC2A4 \uC5C6\uC74C",
  "finding.LICENCE_MISSING.help": "\uB77C\uC774\uC120\uC2A4\uB97C \uCC3E\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4. \uBAA8\uB378 \uCE74\uB4DC\uC5D0 \uB77C\uC774\uC120\uC2A4\uAC00 \uC5C6\uACE0 LICENSE \uD30C\uC77C\uB3C4 \uC5C6\uC2B5\uB2C8\uB2E4. \uBAA8\uB378 \uCE74\uB4DC\uC5D0 `license:`\uB97C \uC801\uACE0 LICENSE \uD30C\uC77C\uC744 \uCD94\uAC00\uD558\uC2ED\uC2DC\uC624.",
  "finding.LICENCE_UNREADABLE.message": "{file}: \uD30C\uC77C\uC744 \uC77D\uC9C0 \uBABB\uD574 \uB77C\uC774\uC120\uC2A4\uB97C \uD655\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4[(\uC6D0\uC778: \u201C{error}\u201D)]",
  "finding.LICENCE_UNREADABLE.title": "\uB77C\uC774\uC120\uC2A4 \uD30C\uC77C\uC744 \uC77D\uC744 \uC218 \uC5C6\uC74C",
  "finding.LICENCE_UNREADABLE.help": "\uB77C\uC774\uC120\uC2A4 \uD30C\uC77C\uC740 \uC788\uC9C0\uB9CC \uC77D\uC9C0 \uBABB\uD574 \uB77C\uC774\uC120\uC2A4\uB97C \uD655\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uD30C\uC77C\uC744 \uC77D\uC744 \uC218 \uC788\uB294 \uD1A0\uD070\uC73C\uB85C \uB2E4\uC2DC \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
  "finding.LICENCE_UNIDENTIFIED.message": "{file}: \uC54C\uB824\uC9C4 \uC5B4\uB5A4 \uB77C\uC774\uC120\uC2A4\uC640\uB3C4 \uCDA9\uBD84\uD788 \uC77C\uCE58\uD558\uC9C0 \uC54A\uC544 \uB77C\uC774\uC120\uC2A4\uB97C \uD655\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4[(\uAC00\uC7A5 \uAC00\uAE4C\uC6B4 \uB77C\uC774\uC120\uC2A4 {closest}, \uC77C\uCE58\uB3C4 {confidence})]",
  "finding.LICENCE_UNIDENTIFIED.message.notRead": "{file}: \uB77C\uC774\uC120\uC2A4\uB97C \uC2DD\uBCC4\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4({matcher|dash.matcher}): \u201C{detail}\u201D",
  "finding.LICENCE_UNIDENTIFIED.title": "\uB77C\uC774\uC120\uC2A4\uB97C \uC2DD\uBCC4\uD560 \uC218 \uC5C6\uC74C",
  "finding.LICENCE_UNIDENTIFIED.help": "\uB77C\uC774\uC120\uC2A4 \uD30C\uC77C\uC744 \uC77D\uC5C8\uC9C0\uB9CC \uC54C\uB824\uC9C4 \uB77C\uC774\uC120\uC2A4\uC640 \uCDA9\uBD84\uD788 \uC77C\uCE58\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD45C\uC900 \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC744 \uC218\uC815 \uC5C6\uC774 \uC0AC\uC6A9\uD558\uAC70\uB098 \uBD80\uCC98\uC5D0 \uAC80\uD1A0\uB97C \uC694\uCCAD\uD558\uC2ED\uC2DC\uC624.",
  "finding.LICENCE_MISMATCH.message": "\uBA54\uD0C0\uB370\uC774\uD130({origin|origin})\uC758 \uD45C\uAE30\uB294 {declared}\uC774\uC9C0\uB9CC \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC740 {detected}\uC785\uB2C8\uB2E4",
  "finding.LICENCE_MISMATCH.title": "\uBA54\uD0C0\uB370\uC774\uD130\uC640 \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38 \uBD88\uC77C\uCE58",
  "finding.LICENCE_MISMATCH.help": "\uBA54\uD0C0\uB370\uC774\uD130\uC5D0 \uC801\uD78C \uB77C\uC774\uC120\uC2A4\uC640 \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC774 \uB2E4\uB974\uBBC0\uB85C \uB354 \uC5C4\uACA9\uD55C \uCABD\uC744 \uC801\uC6A9\uD569\uB2C8\uB2E4. \uBAA8\uB378 \uCE74\uB4DC\uC640 LICENSE \uD30C\uC77C\uC774 \uAC19\uC740 \uB77C\uC774\uC120\uC2A4\uB97C \uAC00\uB9AC\uD0A4\uB3C4\uB85D \uB9DE\uCD94\uC2ED\uC2DC\uC624.",
  "finding.LICENCE_RESTRICTED_USE.message": "{name}: \uBAA8\uB378\uC758 \uC6A9\uB3C4\uB97C \uC81C\uD55C\uD569\uB2C8\uB2E4",
  "finding.LICENCE_RESTRICTED_USE.title": "\uC0AC\uC6A9 \uC81C\uD55C \uB77C\uC774\uC120\uC2A4",
  "finding.LICENCE_RESTRICTED_USE.help": "\uB77C\uC774\uC120\uC2A4\uAC00 \uBAA8\uB378\uC758 \uC0AC\uC6A9 \uBC29\uC2DD\uC744 \uC81C\uD55C\uD558\uBBC0\uB85C(\uC774\uC6A9 \uC815\uCC45, \uC0AC\uC6A9 \uBD84\uC57C \uC81C\uD55C \uB4F1) \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uAC00 \uC544\uB2D9\uB2C8\uB2E4. \uC2B9\uC778\uB41C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uB85C \uB2E4\uC2DC \uACF5\uAC1C\uD558\uC2ED\uC2DC\uC624.",
  "finding.LICENCE_NON_COMMERCIAL.message": "{name}: \uC0C1\uC5C5\uC801 \uC774\uC6A9\uC744 \uAE08\uC9C0\uD569\uB2C8\uB2E4",
  "finding.LICENCE_NON_COMMERCIAL.title": "\uBE44\uC0C1\uC5C5 \uB77C\uC774\uC120\uC2A4",
  "finding.LICENCE_NON_COMMERCIAL.help": "\uB77C\uC774\uC120\uC2A4\uAC00 \uC0C1\uC5C5\uC801 \uC774\uC6A9\uC744 \uAE08\uC9C0\uD558\uBBC0\uB85C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uAC00 \uC544\uB2D9\uB2C8\uB2E4. \uC2B9\uC778\uB41C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uB85C \uB2E4\uC2DC \uACF5\uAC1C\uD558\uC2ED\uC2DC\uC624.",
  "finding.SOURCE_FAILED.message": "\uB808\uC9C0\uC2A4\uD2B8\uB9AC\uC5D0 \uC694\uCCAD\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4: \u201C{detail}\u201D",
  "finding.SOURCE_FAILED.title": "\uC800\uC7A5\uC18C \uC870\uD68C \uC2E4\uD328",
  "finding.SOURCE_FAILED.help": "\uB124\uD2B8\uC6CC\uD06C \uC624\uB958, \uC694\uCCAD \uD55C\uB3C4 \uCD08\uACFC \uB610\uB294 \uC798\uBABB\uB41C \uC751\uB2F5\uC73C\uB85C \uC800\uC7A5\uC18C\uB97C \uC870\uD68C\uD558\uC9C0 \uBABB\uD574 \uC544\uBB34\uAC83\uB3C4 \uD655\uC778\uD560 \uC218 \uC5C6\uC5C8\uC2B5\uB2C8\uB2E4. \uB098\uC911\uC5D0 \uB2E4\uC2DC \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
  "finding.FILES_UNKNOWN.message": "\uD30C\uC77C \uBAA9\uB85D\uC744 \uC77D\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4",
  "finding.FILES_UNKNOWN.title": "\uD30C\uC77C \uBAA9\uB85D\uC744 \uC54C \uC218 \uC5C6\uC74C",
  "finding.FILES_UNKNOWN.help": "\uD30C\uC77C \uBAA9\uB85D\uC744 \uC77D\uC9C0 \uBABB\uD574 \uAC00\uC911\uCE58\uAC00 \uC788\uB294\uC9C0 \uC54C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB098\uC911\uC5D0 \uB2E4\uC2DC \uC2E4\uD589\uD558\uAC70\uB098 \uD30C\uC77C \uBAA9\uB85D\uC744 \uBCFC \uC218 \uC788\uB294 \uD1A0\uD070\uC73C\uB85C \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
  "finding.RENAMED.message": "{from} \u2192 {to}: \uC800\uC7A5\uC18C \uC774\uB984\uC774 \uBC14\uB00C\uC5C8\uC2B5\uB2C8\uB2E4",
  "finding.RENAMED.title": "\uC774\uB984 \uBCC0\uACBD\uB428",
  "finding.RENAMED.help": "\uC800\uC7A5\uC18C \uC774\uB984\uC774 \uBC14\uB00C\uC5B4 \uBCF4\uACE0\uC11C\uB294 \uC0C8 ID\uB97C \uC0AC\uC6A9\uD569\uB2C8\uB2E4. \uC0AC\uC5C5 \uD30C\uC77C\uC744 \uC218\uC815\uD558\uC2ED\uC2DC\uC624.",
  "finding.WAIVED.message": "{code|finding.*.title}({code}) \uC608\uC678 \uC2B9\uC778[, \uC720\uD6A8 \uAE30\uD55C {expires}] \u2014 \uC2B9\uC778\uC790: {approvedBy}, \uC0AC\uC720: \u201C{reason}\u201D",
  "finding.WAIVED.title": "\uC608\uC678 \uC2B9\uC778\uB428",
  "finding.WAIVED.help": "\uC815\uCC45\uC758 \uC608\uC678 \uC2B9\uC778\uC73C\uB85C \uC774 \uAC80\uC0AC \uACB0\uACFC\uB294 \uB354 \uC774\uC0C1 \uD310\uC815\uC744 \uC88C\uC6B0\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC608\uC678 \uAE30\uAC04\uC774 \uB05D\uB098\uAE30 \uC804\uC5D0 \uC6D0\uC778\uC744 \uD574\uACB0\uD558\uC2ED\uC2DC\uC624.",
  "finding.LICENCE_MODIFIED.message": "[{file}\uC758 \uC6D0\uBB38\uC740 ]{base}\uC5D0\uC11C {how|finding.LICENCE_MODIFIED.how} \uAC83\uC73C\uB85C, {base} \uC790\uCCB4\uAC00 \uC544\uB2D9\uB2C8\uB2E4[: \u201C{extra}\u201D]",
  "finding.LICENCE_MODIFIED.how.modified": "\uC870\uD56D\uC744 \uCD94\uAC00\uD558\uAC70\uB098 \uBC14\uAFBC",
  "finding.LICENCE_MODIFIED.how.renamed": "\uC774\uB984\uC744 \uBC14\uAFBC",
  "finding.LICENCE_MODIFIED.title": "\uC218\uC815\uB41C \uB77C\uC774\uC120\uC2A4",
  "finding.LICENCE_MODIFIED.help": "\uC54C\uB824\uC9C4 \uB77C\uC774\uC120\uC2A4 \uBCF8\uBB38\uC5D0 \uC870\uAC74\uC774 \uCD94\uAC00\uB418\uAC70\uB098 \uBC14\uB00C\uC5C8\uC73C\uBBC0\uB85C(\uB610\uB294 \uC774\uB984\uB9CC \uBC14\uAFBC \uD15C\uD50C\uB9BF\uC774\uBBC0\uB85C) \uADF8 \uB77C\uC774\uC120\uC2A4\uAC00 \uC544\uB2C8\uBA70 \uC2B9\uC778\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD45C\uC900 \uBCF8\uBB38\uC744 \uADF8\uB300\uB85C \uC4F0\uAC70\uB098, \uC99D\uAC70\uC5D0 \uC778\uC6A9\uB41C \uBC14\uB010 \uC870\uAC74\uC744 \uBD80\uCC98\uC5D0 \uAC80\uD1A0 \uC694\uCCAD\uD558\uC2ED\uC2DC\uC624.",
  "finding.LICENCE_TEXT_MISSING.message": "\uBA54\uD0C0\uB370\uC774\uD130\uB9CC \uB77C\uC774\uC120\uC2A4({licence})\uB97C \uBC1D\uD788\uBA70, {policy} \uC815\uCC45\uC740 \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC744 \uC694\uAD6C\uD569\uB2C8\uB2E4",
  "finding.LICENCE_TEXT_MISSING.message.other": "\uBA54\uD0C0\uB370\uC774\uD130\uAC00 {declared}\uC640 \uD568\uAED8 `other`\uB97C \uC801\uC5C8\uC9C0\uB9CC, \uADF8 \uB2E4\uB978 \uB77C\uC774\uC120\uC2A4\uB97C \uBC1D\uD788\uB294 \uC6D0\uBB38\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",
  "finding.LICENCE_TEXT_MISSING.title": "\uB77C\uC774\uC120\uC2A4 \uBCF8\uBB38 \uC5C6\uC74C",
  "finding.LICENCE_TEXT_MISSING.help": "\uB77C\uC774\uC120\uC2A4\uAC00 \uBCF8\uBB38 \uC5C6\uC774 \uBA54\uD0C0\uB370\uC774\uD130\uC5D0\uB9CC \uADFC\uAC70\uD569\uB2C8\uB2E4. \uC815\uCC45\uC774 \uBCF8\uBB38\uC744 \uC694\uAD6C\uD558\uAC70\uB098, \uBAA8\uB378 \uCE74\uB4DC\uAC00 \uBA85\uC2DC\uB41C \uB77C\uC774\uC120\uC2A4 \uC606\uC5D0 \u2018\uAE30\uD0C0\u2019 \uB77C\uC774\uC120\uC2A4\uB97C \uC801\uC5C8\uC9C0\uB9CC \uADF8 \uBCF8\uBB38\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uC800\uC7A5\uC18C\uC5D0 \uB77C\uC774\uC120\uC2A4 \uBCF8\uBB38\uC744 \uCD94\uAC00\uD558\uC2ED\uC2DC\uC624.",
  "finding.MALFORMED_METADATA.message": "\uBAA8\uB378 \uCE74\uB4DC\uC758 \uB77C\uC774\uC120\uC2A4 \uD544\uB4DC \uD615\uC2DD\uC774 \uC798\uBABB\uB418\uC5B4 \uC120\uC5B8\uB41C \uB77C\uC774\uC120\uC2A4\uB97C \uD655\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: \u201C{detail}\u201D",
  "finding.MALFORMED_METADATA.title": "\uC798\uBABB\uB41C \uB77C\uC774\uC120\uC2A4 \uBA54\uD0C0\uB370\uC774\uD130",
  "finding.MALFORMED_METADATA.help": "\uBAA8\uB378 \uCE74\uB4DC\uC758 \uB77C\uC774\uC120\uC2A4 \uD56D\uBAA9 \uD615\uC2DD\uC774 \uC798\uBABB\uB418\uC5B4(\uC608: `license: {id: \u2026}` \uB610\uB294 \uC22B\uC790) \uC120\uC5B8\uB41C \uB77C\uC774\uC120\uC2A4\uB97C \uD655\uC778\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. `license:`\uB97C ID \uD558\uB098 \uB610\uB294 ID \uBAA9\uB85D\uC73C\uB85C \uC801\uC73C\uC2ED\uC2DC\uC624.",
  "finding.MALFORMED_RESPONSE.message": "\uB808\uC9C0\uC2A4\uD2B8\uB9AC \uC751\uB2F5\uC758 \uD615\uC2DD\uC744 \uC54C \uC218 \uC5C6\uC5B4 \uD655\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: \u201C{detail}\u201D",
  "finding.MALFORMED_RESPONSE.title": "\uC608\uC0C1\uD558\uC9C0 \uBABB\uD55C \uC800\uC7A5\uC18C \uC751\uB2F5",
  "finding.MALFORMED_RESPONSE.help": "\uC800\uC7A5\uC18C\uAC00 openquota\uAC00 \uBAA8\uB974\uB294 \uD615\uC2DD\uC73C\uB85C \uC751\uB2F5\uD574(\uC608: \uC774\uB984 \uC5C6\uB294 \uD30C\uC77C \uD56D\uBAA9) \uADF8 \uB0B4\uC6A9\uC744 \uD655\uC778\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB098\uC911\uC5D0 \uB2E4\uC2DC \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
  "finding.FILES_TRUNCATED.message": "\uD30C\uC77C \uBAA9\uB85D\uC774 \uC911\uAC04\uC5D0 \uC798\uB838\uC2B5\uB2C8\uB2E4: \u201C{detail}\u201D",
  "finding.FILES_TRUNCATED.title": "\uD30C\uC77C \uBAA9\uB85D \uC798\uB9BC",
  "finding.FILES_TRUNCATED.help": "\uD30C\uC77C\uC774 \uB108\uBB34 \uB9CE\uC544 \uD30C\uC77C \uBAA9\uB85D\uC774 \uC911\uAC04\uC5D0 \uC798\uB838\uC73C\uBBC0\uB85C \uC798\uB9B0 \uB4A4\uC758 \uB0B4\uC6A9\uC740 \uC54C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uC77D\uC740 \uD30C\uC77C\uB9CC\uC73C\uB85C \uD310\uC815\uC774 \uC815\uD574\uC9C0\uC9C0 \uC54A\uC73C\uBA74 \uD655\uC778 \uBD88\uAC00\uC785\uB2C8\uB2E4.",
  "finding.DECLARED_NOT_EXCLUDED.message": "`models:`\uC5D0 \uC120\uC5B8\uB418\uC5B4 \uC788\uC73C\uBBC0\uB85C `exclude:` {pattern}\uC5D0 \uD574\uB2F9\uD574\uB3C4 \uC9D1\uACC4\uD569\uB2C8\uB2E4",
  "finding.DECLARED_NOT_EXCLUDED.title": "\uC120\uC5B8\uB41C \uBAA8\uB378\uC740 \uC81C\uC678\uB418\uC9C0 \uC54A\uC74C",
  "finding.DECLARED_NOT_EXCLUDED.help": "\uC0AC\uC5C5 \uD30C\uC77C\uC5D0 \uC120\uC5B8\uB41C \uBAA8\uB378\uC774\uBBC0\uB85C \uAC19\uC740 \uD300\uC758 `exclude:` \uD328\uD134\uACFC \uC77C\uCE58\uD574\uB3C4 \uC9D1\uACC4\uB429\uB2C8\uB2E4. \uC120\uC5B8 \uBAA9\uB85D\uC5D0\uC11C \uBE7C\uAC70\uB098 \uD328\uD134\uC744 \uC881\uD788\uC2ED\uC2DC\uC624.",
  "finding.AVAILABILITY_NOT_CHECKED.message": "\uB85C\uCEEC \uB514\uB809\uD130\uB9AC\uC774\uBBC0\uB85C \uACF5\uAC1C \uC5EC\uBD80\uB294 \uD655\uC778\uD558\uC9C0 \uC54A\uC558\uACE0, \uACF5\uAC1C\uB85C \uAC8C\uC2DC\uB418\uC5C8\uC744 \uB54C\uC758 \uD310\uC815\uC785\uB2C8\uB2E4",
  "finding.AVAILABILITY_NOT_CHECKED.title": "\uACF5\uAC1C \uC5EC\uBD80 \uBBF8\uD655\uC778",
  "finding.AVAILABILITY_NOT_CHECKED.help": "\uB85C\uCEEC \uB514\uB809\uD130\uB9AC\uC5D0\uC11C\uB294 \uACF5\uAC1C \uC5EC\uBD80\uB97C \uC54C \uC218 \uC5C6\uC73C\uBBC0\uB85C, \uD310\uC815\uC740 \uACF5\uAC1C\uB41C \uB4A4 \uC5B4\uB5BB\uAC8C \uD310\uC815\uB420\uC9C0\uB97C \uB098\uD0C0\uB0C5\uB2C8\uB2E4. \uACF5\uAC1C \uC5EC\uBD80\uB294 \uACF5\uAC1C\uB41C \uC800\uC7A5\uC18C\uB97C \uAC80\uC0AC\uD574 \uD655\uC778\uD558\uC2ED\uC2DC\uC624.",
  "finding.WEIGHTS_STUB.message.parameters": "\uAC00\uC911\uCE58\uAC00 \uBE48 \uAECD\uB370\uAE30\uC785\uB2C8\uB2E4: \uB9E4\uAC1C\uBCC0\uC218 {parameters}\uAC1C\uB85C \uD558\uD55C {minParameters}\uAC1C \uBBF8\uB9CC\uC774\uBBC0\uB85C \uBAA8\uB378 \uACF5\uAC1C\uAC00 \uC544\uB2D9\uB2C8\uB2E4",
  "finding.WEIGHTS_STUB.message.bytes": "\uAC00\uC911\uCE58\uAC00 \uBE48 \uAECD\uB370\uAE30\uC785\uB2C8\uB2E4: \uAC00\uC911\uCE58 \uD30C\uC77C\uC774 {bytes}\uBC14\uC774\uD2B8\uB85C \uD558\uD55C {minBytes}\uBC14\uC774\uD2B8 \uBBF8\uB9CC\uC774\uBBC0\uB85C \uBAA8\uB378 \uACF5\uAC1C\uAC00 \uC544\uB2D9\uB2C8\uB2E4",
  "finding.WEIGHTS_STUB.message.storage": "\uAC00\uC911\uCE58\uAC00 \uBE48 \uAECD\uB370\uAE30\uC785\uB2C8\uB2E4: \uC800\uC7A5\uC18C \uC804\uCCB4\uAC00 {storageBytes}\uBC14\uC774\uD2B8\uB85C \uD558\uD55C {minBytes}\uBC14\uC774\uD2B8 \uBBF8\uB9CC\uC774\uBBC0\uB85C \uBAA8\uB378 \uACF5\uAC1C\uAC00 \uC544\uB2D9\uB2C8\uB2E4",
  "finding.WEIGHTS_STUB.message.header": "\uAC00\uC911\uCE58\uAC00 \uBE48 \uAECD\uB370\uAE30\uC785\uB2C8\uB2E4: \uBA85\uC2DC\uB41C \uB9E4\uAC1C\uBCC0\uC218 {parameters}\uAC1C\uC5D0\uB294 {neededBytes}\uBC14\uC774\uD2B8\uAC00 \uD544\uC694\uD558\uC9C0\uB9CC \uC800\uC7A5\uC18C\uC5D0\uB294 {storageBytes}\uBC14\uC774\uD2B8\uBFD0\uC774\uBBC0\uB85C \uBAA8\uB378 \uACF5\uAC1C\uAC00 \uC544\uB2D9\uB2C8\uB2E4",
  "finding.WEIGHTS_UNKNOWN.message": "\uB9E4\uAC1C\uBCC0\uC218 \uC218\uB3C4 \uAC00\uC911\uCE58 \uD30C\uC77C \uD06C\uAE30\uB3C4 \uD655\uC778\uD560 \uC218 \uC5C6\uC5B4[(\u201C{detail}\u201D)] \uAC00\uC911\uCE58\uAC00 \uC2E4\uC81C\uB85C \uC788\uB294\uC9C0 \uD655\uC778\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4",
  "finding.FAMILY_COPY.message": "{original}\uC758 {relation|relation} \uC0AC\uBCF8: \uC6D0\uBCF8 \uC544\uB798\uC5D0 \uD45C\uC2DC\uB418\uBA70 \uB530\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4(\uB2E8\uB3C5 \uD310\uC815: {verdict|verdict})",
  "finding.COPY_LESS_OPEN.message": "\uC0AC\uBCF8 {copy}\uC774(\uAC00) \uC6D0\uBCF8\uBCF4\uB2E4 \uB35C \uAC1C\uBC29\uC801\uC785\uB2C8\uB2E4[: {availability|availability}][; \uB77C\uC774\uC120\uC2A4 {licence}, \uC6D0\uBCF8\uC740 {originalLicence}]",
  "finding.ADAPTER.message": "[{base} \uC704\uC758 ]\uC5B4\uB311\uD130: \uD45C\uC2DC\uB9CC \uD558\uACE0 \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
  "finding.FORK.message": "[{parent}\uC758 ]\uB2E4\uB978 \uC18C\uC720\uC790 \uC800\uC7A5\uC18C \uD3EC\uD06C: \uD45C\uC2DC\uB9CC \uD558\uACE0 \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
  "finding.THIRD_PARTY_BASE.message": "\uB2E4\uB978 \uC18C\uC720\uC790\uC758 \uAC00\uC911\uCE58\uC778 {model}(\uC18C\uC720\uC790 {owner}, {relation|relation}) \uC704\uC5D0 \uAD6C\uCD95\uB418\uC5C8\uC2B5\uB2C8\uB2E4",
  "finding.BASE_UNREADABLE.message": "\uAE30\uBC18 \uBAA8\uB378 {base}\uC744(\uB97C) \uC77D\uC744 \uC218 \uC5C6\uC5B4[(\u201C{error}\u201D)] \uADF8 \uB77C\uC774\uC120\uC2A4\uAC00 \uC774 \uBAA8\uB378\uC744 \uAD6C\uC18D\uD558\uB294\uC9C0 \uD655\uC778\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4",
  "finding.BASE_UNREADABLE.message.noLicence": "\uAE30\uBC18 \uBAA8\uB378 {base}\uC5D0 \uC77D\uC744 \uC218 \uC788\uB294 \uB77C\uC774\uC120\uC2A4\uAC00 \uC5C6\uC5B4 \uC774 \uBAA8\uB378\uC744 \uAD6C\uC18D\uD558\uB294\uC9C0 \uD655\uC778\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4",
  "finding.LICENCE_INHERITED.message": "\uAE30\uBC18 \uBAA8\uB378 {base}\uC758 \uB77C\uC774\uC120\uC2A4 {licence}\uB294 \uD30C\uC0DD\uBB3C\uC744 \uAD6C\uC18D\uD569\uB2C8\uB2E4[: \u201C{clause}\u201D]. \uC774 \uBAA8\uB378\uC740 \uC790\uCCB4 \uB77C\uC774\uC120\uC2A4\uC640 {licence}\uB97C \uD568\uAED8 \uB530\uB985\uB2C8\uB2E4",
  // 기반 모델 또는 원본과의 관계 (families.ts, lineage.ts).
  "relation.quantized": "\uC591\uC790\uD654",
  "relation.re-upload": "\uC7AC\uC5C5\uB85C\uB4DC",
  "relation.same-model": "\uB3D9\uC77C \uBAA8\uB378",
  "relation.finetune": "\uBBF8\uC138\uC870\uC815",
  "relation.merge": "\uBCD1\uD569",
  "relation.adapter": "\uC5B4\uB311\uD130",
  "relation.base": "\uD30C\uC0DD",
  "reason.PARAMETERS_UNKNOWN": "\uC9D1\uACC4 \uB300\uC0C1 \uBAA8\uB378 \uC911 \uB9E4\uAC1C\uBCC0\uC218 \uC218\uAC00 \uD655\uC778\uB418\uC9C0 \uC54A\uC740 \uAC83\uC774 \uC788\uC5B4 \uB9E4\uAC1C\uBCC0\uC218 \uAE30\uC900 \uBE44\uC728\uC744 \uACC4\uC0B0\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
  "reason.PARAMETERS_ABOVE_THRESHOLD": "\uB9E4\uAC1C\uBCC0\uC218 \uAE30\uC900 {parameterShare} \uC900\uC218 > {threshold}",
  "reason.PARAMETERS_AT_OR_BELOW_THRESHOLD": "\uB9E4\uAC1C\uBCC0\uC218 \uAE30\uC900 {parameterShare} \uC900\uC218 <= {threshold}",
  "reason.PARAMETERS_DEPEND_ON_UNKNOWN": "\uB9E4\uAC1C\uBCC0\uC218 \uAE30\uC900 {parameterShare} \uC900\uC218. \uBBF8\uD655\uC778 \uBAA8\uB378\uC774 {threshold} \uCD08\uACFC \uC5EC\uBD80\uB97C \uACB0\uC815\uD569\uB2C8\uB2E4",
  "finding.WEIGHTS_STUB.title": "\uAC00\uC911\uCE58\uAC00 \uBE48 \uAECD\uB370\uAE30",
  "finding.WEIGHTS_STUB.help": "\uAC00\uC911\uCE58 \uD30C\uC77C\uC774 \uC815\uCC45\uC774 \uC815\uD55C \uCD5C\uC18C \uD30C\uB77C\uBBF8\uD130 \uC218\xB7\uCD5C\uC18C \uBC14\uC774\uD2B8\uBCF4\uB2E4 \uC791\uC544 \uBAA8\uB378 \uACF5\uAC1C\uAC00 \uC544\uB2CC \uBE48 \uAECD\uB370\uAE30\uB85C \uBCF4\uACE0 \uC9D1\uACC4\uC5D0\uC11C \uC81C\uC678\uD569\uB2C8\uB2E4. \uC218\uCE58\uB294 \uADFC\uAC70\uC5D0 \uD568\uAED8 \uC801\uD600 \uC788\uC2B5\uB2C8\uB2E4. \uC2E4\uC81C \uAC00\uC911\uCE58\uB97C \uC62C\uB9AC\uC2ED\uC2DC\uC624.",
  "finding.WEIGHTS_UNKNOWN.title": "\uAC00\uC911\uCE58 \uD06C\uAE30 \uBBF8\uD655\uC778",
  "finding.WEIGHTS_UNKNOWN.help": "\uD30C\uB77C\uBBF8\uD130 \uC218\uB3C4 \uAC00\uC911\uCE58 \uD30C\uC77C \uD06C\uAE30\uB3C4 \uD655\uC778\uD558\uC9C0 \uBABB\uD574(\uD5E4\uB354 \uD574\uC11D \uC2E4\uD328, \uD30C\uC77C \uBAA9\uB85D \uC77D\uAE30 \uC2E4\uD328 \uB4F1) \uAC00\uC911\uCE58\uAC00 \uC2E4\uC81C\uB85C \uC788\uB294\uC9C0 \uC54C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC2E4\uD589\uD558\uAC70\uB098 \uD06C\uAE30\uB97C \uBC1D\uD788\uB294 \uD615\uC2DD\uC73C\uB85C \uAC00\uC911\uCE58\uB97C \uACF5\uAC1C\uD558\uC2ED\uC2DC\uC624.",
  "finding.FAMILY_COPY.title": "\uAC19\uC740 \uBAA8\uB378\uC758 \uC0AC\uBCF8",
  "finding.FAMILY_COPY.help": "\uAC19\uC740 \uD300\uC758 \uB2E4\uB978 \uACF5\uAC1C \uBAA8\uB378\uC744 \uC591\uC790\uD654\xB7\uBCC0\uD658\xB7\uC7AC\uC5C5\uB85C\uB4DC\uD55C \uC0AC\uBCF8(\uB610\uB294 \uB2E4\uB978 \uC800\uC7A5\uC18C\uC758 \uAC19\uC740 \uBAA8\uB378)\uC785\uB2C8\uB2E4. \uC6D0\uBCF8 \uC544\uB798\uC5D0 \uD45C\uC2DC\uD558\uBA70 \uB530\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC6D0\uBCF8\uC758 \uD310\uC815\uC774 \uBAA8\uB378\uAD70\uC758 \uD310\uC815\uC785\uB2C8\uB2E4.",
  "finding.COPY_LESS_OPEN.title": "\uC6D0\uBCF8\uBCF4\uB2E4 \uB35C \uAC1C\uBC29\uB41C \uC0AC\uBCF8",
  "finding.COPY_LESS_OPEN.help": "\uC774 \uBAA8\uB378\uC758 \uC0AC\uBCF8\uC774 \uBE44\uACF5\uAC1C\xB7\uC811\uADFC \uC81C\uD55C\uC774\uAC70\uB098 \uC6D0\uBCF8\uACFC \uB2E4\uB978 \uB77C\uC774\uC120\uC2A4\uC785\uB2C8\uB2E4. \uBAA8\uB378\uAD70 \uD310\uC815\uC740 \uC6D0\uBCF8\uC744 \uB530\uB985\uB2C8\uB2E4. \uC0AC\uBCF8\uB3C4 \uC6D0\uBCF8\uB9CC\uD07C \uAC1C\uBC29\uD558\uC2ED\uC2DC\uC624.",
  "finding.ADAPTER.title": "\uC5B4\uB311\uD130(\uC9D1\uACC4 \uC81C\uC678)",
  "finding.ADAPTER.help": "\uAE30\uBC18 \uBAA8\uB378 \uC704\uC758 \uC5B4\uB311\uD130(\uC800\uB7AD\uD06C \uC801\uC751 \uB4F1)\uC785\uB2C8\uB2E4. \uBAA9\uB85D\uC5D0\uB294 \uBCF4\uC774\uC9C0\uB9CC \uBAA8\uB378 \uACF5\uAC1C\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4(\uC815\uCC45\uC758 \uC5B4\uB311\uD130 \uC124\uC815).",
  "finding.FORK.title": "\uD3EC\uD06C(\uC9D1\uACC4 \uC81C\uC678)",
  "finding.FORK.help": "\uB2E4\uB978 \uC18C\uC720\uC790 \uC800\uC7A5\uC18C\uC758 \uD3EC\uD06C\uC785\uB2C8\uB2E4. \uBAA9\uB85D\uC5D0\uB294 \uBCF4\uC774\uC9C0\uB9CC \uD300\uC758 \uACF5\uAC1C\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4(\uC815\uCC45\uC758 \uD3EC\uD06C \uC124\uC815).",
  "finding.THIRD_PARTY_BASE.title": "\uD0C0\uC0AC \uAE30\uBC18 \uBAA8\uB378 \uC0AC\uC6A9",
  "finding.THIRD_PARTY_BASE.help": "\uB2E4\uB978 \uC18C\uC720\uC790\uC758 \uBAA8\uB378(\uD300 \uBC16\uC758 \uAE30\uBC18 \uBAA8\uB378)\uC744 \uBC14\uD0D5\uC73C\uB85C \uB9CC\uB4E0 \uACF5\uAC1C\uC785\uB2C8\uB2E4. \uC18C\uC720\uC790, \uBAA8\uB378, \uAD00\uACC4\uB97C \uC801\uC2B5\uB2C8\uB2E4. \uD5C8\uC6A9\xB7\uD45C\uC2DC\xB7\uC9D1\uACC4 \uC81C\uC678 \uC5EC\uBD80\uB294 \uC815\uCC45\uC758 \uD0C0\uC0AC \uAE30\uBC18 \uBAA8\uB378 \uC124\uC815\uC774 \uC815\uD569\uB2C8\uB2E4.",
  "finding.LICENCE_INHERITED.title": "\uAE30\uBC18 \uBAA8\uB378 \uB77C\uC774\uC120\uC2A4 \uC2B9\uACC4",
  "finding.LICENCE_INHERITED.help": "\uAE30\uBC18 \uBAA8\uB378\uC758 \uB77C\uC774\uC120\uC2A4\uAC00 \uD30C\uC0DD\uBB3C\uC5D0\uB3C4 \uC801\uC6A9\uB418\uBBC0\uB85C \uC774 \uACF5\uAC1C\uB294 \uC790\uCCB4 \uB77C\uC774\uC120\uC2A4\uC640 \uAE30\uBC18 \uBAA8\uB378 \uB77C\uC774\uC120\uC2A4\uB97C \uD568\uAED8 \uB530\uB985\uB2C8\uB2E4. \uBBF8\uC138\uC870\uC815 \uBAA8\uB378\uC758 \uB77C\uC774\uC120\uC2A4 \uD45C\uAE30\uB97C \uBC14\uAFD4\uB3C4 \uAE30\uBC18 \uBAA8\uB378\uC758 \uC870\uAC74\uC740 \uC0AC\uB77C\uC9C0\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uAE30\uBC18 \uBAA8\uB378, \uADF8 \uB77C\uC774\uC120\uC2A4, \uD574\uB2F9 \uC870\uD56D\uC744 \uC801\uC2B5\uB2C8\uB2E4.",
  "finding.BASE_UNREADABLE.title": "\uAE30\uBC18 \uBAA8\uB378 \uD655\uC778 \uBD88\uAC00",
  "finding.BASE_UNREADABLE.help": "\uAE30\uBC18 \uBAA8\uB378\uC758 \uBA54\uD0C0\uB370\uC774\uD130(\uB77C\uC774\uC120\uC2A4)\uB97C \uC77D\uC9C0 \uBABB\uD574 \uADF8 \uB77C\uC774\uC120\uC2A4\uAC00 \uC774 \uACF5\uAC1C\uC5D0 \uC801\uC6A9\uB418\uB294\uC9C0 \uD655\uC778\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB77C\uC774\uC120\uC2A4\uB294 \uBBF8\uD655\uC778\uC785\uB2C8\uB2E4. \uB098\uC911\uC5D0 \uB2E4\uC2DC \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
  // 대시보드(html-*.ts): 요약, 팀 카드, 모델 표와 스크립트.
  "finding.waived": "{text} (\uC608\uC678 \uC2B9\uC778\uB428)",
  "evidence.METADATA.message": "{source|source} \uBA54\uD0C0\uB370\uC774\uD130[(\uB9AC\uBE44\uC804 {revision})], \uC218\uC9D1 \uC2DC\uAC01 {fetchedAt}",
  "evidence.DECLARED.message": "{origin|origin}\uC758 \uB77C\uC774\uC120\uC2A4 \uD45C\uAE30: \u201C{value}\u201D[(\uC774\uB984 \u201C{name}\u201D)]",
  "evidence.NOT_READ.message": "{file}: \uC2DD\uBCC4\uD558\uC9C0 \uC54A\uC74C({matcher|dash.matcher}: \u201C{detail}\u201D)",
  "evidence.IDENTIFIED.message": "{file}: {licence}({matcher|dash.matcher}, \uC77C\uCE58\uB3C4 {confidence})",
  "evidence.UNIDENTIFIED.message": "{file}: \uC2DD\uBCC4\uB418\uC9C0 \uC54A\uC74C[(\uAC00\uC7A5 \uAC00\uAE4C\uC6B4 \uB77C\uC774\uC120\uC2A4 {closest}, \uC77C\uCE58\uB3C4 {confidence})]",
  "evidence.EXTRA.message": "{file}: \uC54C\uB824\uC9C4 \uC6D0\uBB38\uC5D0 \uC5C6\uB294 \uBD80\uBD84: \u201C{quote}\u201D",
  "evidence.UNREADABLE.message": "{file}: \uC77D\uC9C0 \uBABB\uD568[(\uC6D0\uC778: \u201C{error}\u201D)]",
  "evidence.PROBLEM.message": "\uC77D\uB294 \uC911 \uBB38\uC81C({code}): \u201C{detail}\u201D[ ({url})]",
  "sentence.verdict": "{model}(\uD300 {team}): {verdict|verdict} \u2014 {reason}",
  "error.heading.one": "{who}: \uACE0\uCCD0\uC57C \uD560 \uBB38\uC81C\uAC00 \uC788\uC2B5\uB2C8\uB2E4:",
  "error.heading.other": "{who}: \uACE0\uCCD0\uC57C \uD560 \uBB38\uC81C\uAC00 {count}\uAC1C \uC788\uC2B5\uB2C8\uB2E4:",
  "error.fixLabel": "\uD574\uACB0 \uBC29\uBC95",
  "error.commandLine": "\uBA85\uB839\uC904",
  "error.upstream": "{who}: \uC678\uBD80 \uC800\uC7A5\uC18C \uC624\uB958({code}): \u201C{message}\u201D{at}",
  "error.internal": "{who}: \uB05D\uAE4C\uC9C0 \uC2E4\uD589\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4: \u201C{message}\u201D",
  "error.internalHint": "openquota\uC758 \uBC84\uADF8\uC785\uB2C8\uB2E4. \uC2E4\uD589\uD55C \uBA85\uB839\uACFC \uD568\uAED8 \uC54C\uB824 \uC8FC\uC2ED\uC2DC\uC624.",
  "error.UNKNOWN_COMMAND.message": "\uC54C \uC218 \uC5C6\uB294 \uBA85\uB839 \u201C{name}\u201D",
  "error.UNKNOWN_COMMAND.fix": "\uB2E4\uC74C \uC911 \uD558\uB098\uB97C \uC4F0\uC2ED\uC2DC\uC624: {commands}",
  "error.UNKNOWN_COMMAND.fix.near": "\u201C{near}\u201D\uC744(\uB97C) \uB73B\uD588\uC2B5\uB2C8\uAE4C? (\uBA85\uB839: {commands})",
  "error.UNKNOWN_OPTION.message": "\uC54C \uC218 \uC5C6\uB294 \uC635\uC158 {option}",
  "error.UNKNOWN_OPTION.fix": "`openquota {command} --help`\uAC00 \uBAA8\uB4E0 \uC635\uC158\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4",
  "error.UNKNOWN_OPTION.fix.near": "{near}\uC744(\uB97C) \uB73B\uD588\uC2B5\uB2C8\uAE4C? (`openquota {command} --help`\uAC00 \uBAA8\uB4E0 \uC635\uC158\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4)",
  "error.NEEDS_VALUE.message": "{option}\uC5D0\uB294 \uAC12\uC774 \uD544\uC694\uD569\uB2C8\uB2E4",
  "error.NEEDS_VALUE.fix": "{option} {value} \uD615\uC2DD\uC73C\uB85C \uC4F0\uC2ED\uC2DC\uC624",
  "error.TAKES_NO_VALUE.message": "{option}\uC740(\uB294) \uAC12\uC744 \uBC1B\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4(\uBC1B\uC740 \uAC12 \u201C{value}\u201D)",
  "error.TAKES_NO_VALUE.fix": "{option}\uB9CC \uC4F0\uC2ED\uC2DC\uC624",
  "error.GIVEN_TWICE.message": "\uB450 \uBC88 \uC8FC\uC5B4\uC84C\uC2B5\uB2C8\uB2E4(\u201C{first}\u201D, \u201C{second}\u201D)",
  "error.GIVEN_TWICE.fix": "{option}\uC740(\uB294) \uD55C \uBC88\uB9CC \uC4F0\uC2ED\uC2DC\uC624",
  "error.UNKNOWN_FORMAT.message": "\uC54C \uC218 \uC5C6\uB294 \uD615\uC2DD \u201C{format}\u201D",
  "error.UNKNOWN_FORMAT.fix": "[\u201C{near}\u201D\uC744(\uB97C) \uB73B\uD588\uC2B5\uB2C8\uAE4C? ]\uB2E4\uC74C \uC911 \uD558\uB098\uB97C \uC4F0\uC2ED\uC2DC\uC624: {formats}",
  "error.UNKNOWN_LANGUAGE.message": "\uC54C \uC218 \uC5C6\uB294 \uC5B8\uC5B4 \u201C{lang}\u201D",
  "error.UNKNOWN_LANGUAGE.fix": "\uB2E4\uC74C \uC911 \uD558\uB098\uB97C \uC4F0\uC2ED\uC2DC\uC624: {langs}",
  "error.UNKNOWN_VALUE.message": "\uC54C \uC218 \uC5C6\uB294 \uAC12 \u201C{value}\u201D",
  "error.UNKNOWN_VALUE.fix": "[\u201C{near}\u201D\uC744(\uB97C) \uB73B\uD588\uC2B5\uB2C8\uAE4C? ]\uB2E4\uC74C \uC911 \uD558\uB098\uB97C \uC4F0\uC2ED\uC2DC\uC624: {values}",
  "error.EMPTY_VALUE.message": "\uAC12\uC774 \uBE44\uC5B4 \uC788\uC2B5\uB2C8\uB2E4",
  "error.EMPTY_VALUE.fix": "{option} {value} \uD615\uC2DD\uC73C\uB85C \uC4F0\uC2ED\uC2DC\uC624",
  "error.JSON_IS_OUTPUT.message": "{file}: --output \uD30C\uC77C\uACFC \uAC19\uC740 \uD30C\uC77C\uC785\uB2C8\uB2E4",
  "error.JSON_IS_OUTPUT.fix": "--json\uC5D0\uB294 \uB2E4\uB978 \uD30C\uC77C \uC774\uB984\uC744 \uC8FC\uC2ED\uC2DC\uC624",
  "summary.footer": "\uC815\uCC45 **{policy}**(sha256 `{sha}`, \uC900\uC218 \uBE44\uC728\uC774 {threshold}\uB97C \uB118\uC5B4\uC57C \uD568) \xB7 \uCEE4\uBC0B {commit}\uC758 {file} \xB7 openquota {version}",
  "summary.noCommit": "\uC54C \uC218 \uC5C6\uC74C",
  "summary.programmeFile": "\uC0AC\uC5C5 \uD30C\uC77C",
  // 메타데이터에서 라이선스를 읽은 곳(DeclaredLicence.origin).
  "origin.hub-card": "\uD5C8\uBE0C \uBAA8\uB378 \uCE74\uB4DC",
  "origin.hub-tag": "\uD5C8\uBE0C \uD0DC\uADF8",
  "origin.github-api": "GitHub \uB77C\uC774\uC120\uC2A4 API",
  "origin.spdx-tag": "SPDX \uD0DC\uADF8",
  "origin.readme-front-matter": "README \uBA38\uB9AC\uB9D0",
  "dash.reason.code": "\uCF54\uB4DC \uC800\uC7A5\uC18C: \uAC00\uC911\uCE58 \uD30C\uC77C\uC774 \uC5C6\uC5B4 \uACF5\uAC1C \uBAA8\uB378\uC774 \uC544\uB2D9\uB2C8\uB2E4",
  "dash.reason.compliant": "\uC2B9\uC778\uB41C \uB77C\uC774\uC120\uC2A4 {licence}\uB85C \uACF5\uAC1C\uB418\uC5C8\uC2B5\uB2C8\uB2E4",
  "dash.headline.none": "\uC774 \uBCF4\uACE0\uC11C\uC5D0\uB294 \uD300\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",
  "dash.headline.fail.one": "{total}\uAC1C \uD300 \uC911 {count}\uAC1C \uD300\uC774 \uC758\uBB34 \uBE44\uC728\uC744 \uCDA9\uC871\uD558\uC9C0 \uBABB\uD569\uB2C8\uB2E4",
  "dash.headline.fail.other": "{total}\uAC1C \uD300 \uC911 {count}\uAC1C \uD300\uC774 \uC758\uBB34 \uBE44\uC728\uC744 \uCDA9\uC871\uD558\uC9C0 \uBABB\uD569\uB2C8\uB2E4",
  "dash.headline.andIncomplete": ". {count}\uAC1C \uD300\uC740 \uC544\uC9C1 \uD310\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
  "dash.headline.incomplete.one": "\uC2E4\uD328\uD55C \uD300\uC740 \uC5C6\uC73C\uB098 {total}\uAC1C \uD300 \uC911 {count}\uAC1C \uD300\uC740 \uC544\uC9C1 \uD310\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
  "dash.headline.incomplete.other": "\uC2E4\uD328\uD55C \uD300\uC740 \uC5C6\uC73C\uB098 {total}\uAC1C \uD300 \uC911 {count}\uAC1C \uD300\uC740 \uC544\uC9C1 \uD310\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
  "dash.headline.pass.one": "\uD300\uC774 \uC758\uBB34 \uBE44\uC728\uC744 \uCDA9\uC871\uD569\uB2C8\uB2E4",
  "dash.headline.pass.other": "{count}\uAC1C \uD300 \uBAA8\uB450 \uC758\uBB34 \uBE44\uC728\uC744 \uCDA9\uC871\uD569\uB2C8\uB2E4",
  "dash.bar": "{team}: \uC9D1\uACC4 {counted}\uAC1C \uC911 \uC900\uC218 {compliant}\uAC1C, \uBBF8\uC900\uC218 {nonCompliant}\uAC1C, \uC54C \uC218 \uC5C6\uC74C {unknown}\uAC1C, \uAE30\uC900 {threshold}",
  "dash.card.why": "\uC624\uD508 \uACF5\uAC1C\uB85C \uC778\uC815\uB418\uC9C0 \uC54A\uC740 \uC774\uC720",
  "dash.card.more.one": "\uADF8 \uBC16\uC758 \uC774\uC720 {count}\uAC00\uC9C0",
  "dash.card.more.other": "\uADF8 \uBC16\uC758 \uC774\uC720 {count}\uAC00\uC9C0",
  "dash.card.excluded.one": "\uC9D1\uACC4\uC5D0\uC11C \uC81C\uC678\uB41C {count}\uAC1C\uC640 \uADF8 \uC774\uC720",
  "dash.card.excluded.other": "\uC9D1\uACC4\uC5D0\uC11C \uC81C\uC678\uB41C {count}\uAC1C\uC640 \uADF8 \uC774\uC720",
  "dash.card.show.one": "{team}\uC758 \uACF5\uAC1C \uBAA8\uB378 {count}\uAC1C \uBCF4\uAE30",
  "dash.card.show.other": "{team}\uC758 \uACF5\uAC1C \uBAA8\uB378 {count}\uAC1C \uBCF4\uAE30",
  "dash.filter.reason": "\uC774\uC720",
  "dash.filter.search": "\uBAA8\uB378\xB7\uB77C\uC774\uC120\uC2A4\xB7\uC774\uC720 \uAC80\uC0C9",
  "dash.filter.group": "\uBB36\uAE30",
  "dash.group.team": "\uD300\uBCC4",
  "dash.group.none": "\uBB36\uC9C0 \uC54A\uC74C",
  "dash.noscript": "\uBAA8\uB378 \uD45C\uB294 \uC790\uBC14\uC2A4\uD06C\uB9BD\uD2B8\uAC00 \uC788\uC5B4\uC57C \uD45C\uC2DC\uB429\uB2C8\uB2E4. \uC704\uC758 \uD300\uBCC4 \uC694\uC57D\uC740 \uC790\uBC14\uC2A4\uD06C\uB9BD\uD2B8 \uC5C6\uC774\uB3C4 \uC644\uC804\uD558\uBA70, \uBAA8\uB4E0 \uACF5\uAC1C \uBAA8\uB378\uC740 JSON \uBCF4\uACE0\uC11C\uC5D0 \uC788\uC2B5\uB2C8\uB2E4.",
  "dash.empty": "\uC870\uAC74\uC5D0 \uB9DE\uB294 \uACF5\uAC1C \uBAA8\uB378\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
  "dash.modelsCaption": "\uBAA8\uB4E0 \uACF5\uAC1C \uBAA8\uB378\uC744 \uD300\uBCC4\uB85C \uBB36\uC5B4 \uC2EC\uAC01\uD55C \uC21C\uC11C\uB85C \uC774\uC720\uC640 \uD568\uAED8 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4. \uD589\uC744 \uD3BC\uCE58\uBA74 \uADFC\uAC70\uB97C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4",
  "dash.more": "{count}\uAC1C \uB354 \uBCF4\uAE30(\uB0A8\uC740 {left}\uAC1C)",
  "dash.csv": "\uD45C\uC2DC\uB41C {count}\uAC1C \uB0B4\uBCF4\uB0B4\uAE30(CSV)",
  "dash.col.source": "\uCD9C\uCC98",
  "dash.col.code": "\uD310\uC815 \uCF54\uB4DC",
  "dash.col.url": "\uD398\uC774\uC9C0",
  "dash.group.count": "{total}\uAC1C \uC911 {shown}\uAC1C",
  "dash.family": "\uBAA8\uB378 \uACC4\uC5F4 {family}({count}\uAC1C)",
  "dash.copies": "\uC0AC\uBCF8(\uC774 \uBAA8\uB378 \uC544\uB798\uC5D0 \uD45C\uC2DC\uD558\uBA70 \uB530\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC74C)",
  "dash.copies.tag": "\uC0AC\uBCF8 {count}\uAC1C",
  "dash.evidence.open": "\uADFC\uAC70",
  "dash.ev.metadata": "\uBA54\uD0C0\uB370\uC774\uD130\uC758 \uB77C\uC774\uC120\uC2A4 \uD45C\uAE30",
  "dash.ev.texts": "\uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC5D0\uC11C \uC2DD\uBCC4\uD55C \uB77C\uC774\uC120\uC2A4",
  "dash.ev.notJudged": "\uC9D1\uACC4 \uB300\uC0C1\uC774 \uC544\uB2C8\uC5B4\uC11C \uD310\uC815\uD558\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4",
  "dash.ev.noMetadata": "\uC5C6\uC74C: \uBA54\uD0C0\uB370\uC774\uD130\uC5D0 \uB77C\uC774\uC120\uC2A4 \uD45C\uAE30\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4",
  "dash.ev.pointer": "\uADF8 \uC790\uCCB4\uB85C \uB77C\uC774\uC120\uC2A4\uB97C \uC9C0\uC815\uD558\uC9C0 \uC54A\uC73C\uBBC0\uB85C \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC73C\uB85C \uD310\uC815\uD569\uB2C8\uB2E4",
  "dash.ev.name": "\uC774\uB984 {name}",
  "dash.ev.noText": "\uC2DD\uBCC4\uB41C \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",
  "dash.ev.unidentified": "\uC2DD\uBCC4\uB418\uC9C0 \uC54A\uC74C",
  "dash.ev.extra": "\uC54C\uB824\uC9C4 \uC6D0\uBB38\uACFC \uB2E4\uB978 \uBD80\uBD84:",
  "dash.ev.weights.one": "\uD30C\uC77C {count}\uAC1C, \uD30C\uB77C\uBBF8\uD130 {parameters}",
  "dash.ev.weights.other": "\uD30C\uC77C {count}\uAC1C, \uD30C\uB77C\uBBF8\uD130 {parameters}",
  "dash.ev.files.one": "\uD30C\uC77C {count}\uAC1C",
  "dash.ev.files.other": "\uD30C\uC77C {count}\uAC1C",
  "dash.ev.lineage": "\uAE30\uBC18 \uBAA8\uB378",
  "dash.ev.thirdParty": "\uD0C0\uC0AC",
  "dash.ev.family": "\uBAA8\uB378 \uACC4\uC5F4",
  "dash.ev.lines": "\uC2A4\uCE94 \uAE30\uB85D \uADF8\uB300\uB85C({count}\uC904)",
  "dash.ev.permalink": "\uC774 \uD654\uBA74\uC5D0\uC11C \uC774 \uBAA8\uB378\uB85C \uAC00\uB294 \uB9C1\uD06C",
  "dash.matcher.exact": "\uC6D0\uBB38 \uC77C\uCE58",
  "dash.matcher.dice": "\uC720\uC0AC \uC6D0\uBB38",
  "dash.matcher.reference": "\uB77C\uC774\uC120\uC2A4 \uC774\uB984 \uC5B8\uAE09",
  "dash.matcher.spdx-tag": "SPDX \uD0DC\uADF8",
  "dash.matcher.compilation": "\uD55C \uC6D0\uBB38\uC5D0 \uC5EC\uB7EC \uB77C\uC774\uC120\uC2A4",
  "dash.matcher.none": "\uC77C\uCE58 \uC5C6\uC74C",
  "dash.matcher.too-long": "\uC6D0\uBB38\uC774 \uB108\uBB34 \uAE38\uC5B4 \uC2DD\uBCC4\uD558\uC9C0 \uC54A\uC74C",
  "dash.matcher.failed": "\uC2DD\uBCC4 \uC2E4\uD328",
  // 공개 사이트(site-*.ts): 첫 화면, 차수별 대시보드, 팀별 기록.
  "site.title": "\uC624\uD508\uC18C\uC2A4 \uACF5\uAC1C \uC758\uBB34 \uC810\uAC80: \uD3C9\uAC00 \uCC28\uC218\uBCC4 \uCD94\uC774",
  "site.nav": "\uC0AC\uC774\uD2B8",
  "site.home": "\uC804\uCCB4 \uCC28\uC218",
  "site.lang": "\uC5B8\uC5B4",
  "site.rounds": "\uD3C9\uAC00 \uCC28\uC218",
  "site.round": "{date} \uD3C9\uAC00",
  "site.roundsCount.one": "\uD3C9\uAC00 {count}\uD68C",
  "site.roundsCount.other": "\uD3C9\uAC00 {count}\uD68C",
  "site.latest": "\uCD5C\uADFC \uD3C9\uAC00: {date}",
  "site.chartTitle": "\uCC28\uC218\uBCC4 \uC900\uC218 \uBE44\uC728",
  "site.chartDesc": "\uC120 \uD558\uB098\uAC00 \uD300 \uD558\uB098\uC758 \uCC28\uC218\uBCC4 \uC900\uC218 \uBE44\uC728\uC785\uB2C8\uB2E4. \uC810\uC120\uC740 \uAE30\uC900({threshold})\uC774\uBA70, \uC774\uB97C \uB118\uC73C\uBA74 \uD300\uC774 \uD1B5\uACFC\uD569\uB2C8\uB2E4.",
  "site.sharesCaption": "\uCC28\uC218\uBCC4 \uAC01 \uD300\uC758 \uC0C1\uD0DC\uC640 \uC900\uC218 \uBE44\uC728\uC785\uB2C8\uB2E4. \uCE78\uC744 \uC5F4\uBA74 \uADF8 \uCC28\uC218\uC758 \uACF5\uAC1C \uBAA8\uB378\uC744 \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4",
  "site.absent": "\uC774 \uCC28\uC218\uC5D0 \uC5C6\uC74C",
  "site.teamHistory": "{team} \uCC28\uC218\uBCC4 \uAE30\uB85D",
  "site.historyCaption": "\uCC28\uC218\uBCC4 \uD300 \uC9D1\uACC4\uC785\uB2C8\uB2E4. \uCC28\uC218\uB97C \uC5F4\uBA74 \uADF8 \uCC28\uC218\uC758 \uACF5\uAC1C \uBAA8\uB378\uC744 \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4",
  "site.history": "\uCC28\uC218 \uC0AC\uC774\uC758 \uBCC0\uD654",
  "site.changes": "{from}\uBD80\uD130 {to}\uAE4C\uC9C0",
  "site.noChanges": "\uC774 \uD300\uC758 \uACF5\uAC1C \uBAA8\uB378\uC5D0\uB294 \uBCC0\uD654\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.",
  "site.firstRound": "\uCCAB \uD3C9\uAC00 \uCC28\uC218\uC774\uBBC0\uB85C \uC544\uC9C1 \uBE44\uAD50\uD560 \uB300\uC0C1\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
  "site.col.round": "\uCC28\uC218",
  // 터미널 표와 Markdown 보고서. 한국어에는 복수형이 없어 .one과 .other가 같습니다.
  "col.excluded": "\uC81C\uC678",
  "failure.heading": "\uC870\uD68C\uD558\uC9C0 \uBABB\uD55C \uB808\uC9C0\uC2A4\uD2B8\uB9AC:",
  "failure.listing": "{origin}\uC758 \uBAA9\uB85D\uC744 \uAC00\uC838\uC624\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4 \u2014 {host}: {message} ({cause})",
  "failure.inspect.one": "\uB9B4\uB9AC\uC2A4 {count}\uAC1C\uB97C \uAC80\uC0AC\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4 \u2014 {host}: {message} ({cause})",
  "failure.inspect.other": "\uB9B4\uB9AC\uC2A4 {count}\uAC1C\uB97C \uAC80\uC0AC\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4 \u2014 {host}: {message} ({cause})",
  "failure.requestId": "\uC694\uCCAD ID {id}",
  "failure.someRegistry": "\uB808\uC9C0\uC2A4\uD2B8\uB9AC",
  "md.truncated.one": "{limit}\uC790 \uC81C\uD55C\uC744 \uC9C0\uD0A4\uAE30 \uC704\uD574 \uBAA8\uB378 {count}\uAC1C\uB97C \uC0DD\uB7B5\uD588\uC2B5\uB2C8\uB2E4. \uC804\uCCB4 \uBCF4\uACE0\uC11C\uB294 {path}\uC5D0 \uC788\uC2B5\uB2C8\uB2E4.",
  "md.truncated.other": "{limit}\uC790 \uC81C\uD55C\uC744 \uC9C0\uD0A4\uAE30 \uC704\uD574 \uBAA8\uB378 {count}\uAC1C\uB97C \uC0DD\uB7B5\uD588\uC2B5\uB2C8\uB2E4. \uC804\uCCB4 \uBCF4\uACE0\uC11C\uB294 {path}\uC5D0 \uC788\uC2B5\uB2C8\uB2E4.",
  "md.truncatedNoPath.one": "{limit}\uC790 \uC81C\uD55C\uC744 \uC9C0\uD0A4\uAE30 \uC704\uD574 \uBAA8\uB378 {count}\uAC1C\uB97C \uC0DD\uB7B5\uD588\uC2B5\uB2C8\uB2E4. \uC804\uCCB4 \uBAA9\uB85D\uC740 JSON \uBCF4\uACE0\uC11C\uB97C \uB80C\uB354\uB9C1\uD558\uC5EC \uD655\uC778\uD558\uC2ED\uC2DC\uC624.",
  "md.truncatedNoPath.other": "{limit}\uC790 \uC81C\uD55C\uC744 \uC9C0\uD0A4\uAE30 \uC704\uD574 \uBAA8\uB378 {count}\uAC1C\uB97C \uC0DD\uB7B5\uD588\uC2B5\uB2C8\uB2E4. \uC804\uCCB4 \uBAA9\uB85D\uC740 JSON \uBCF4\uACE0\uC11C\uB97C \uB80C\uB354\uB9C1\uD558\uC5EC \uD655\uC778\uD558\uC2ED\uC2DC\uC624."
};

// src/report/i18n/index.ts
var CATALOGUES = { en, ko };
var PLACEHOLDER = /\{(\w+)(?:\|([\w.*-]+))?\}/g;
var OPTIONAL = /\[([^[\]]*)\]/g;
function patternKey(pattern, value) {
  return pattern.includes("*") ? pattern.replace("*", String(value)) : `${pattern}.${value}`;
}
function hasKey(lang, key) {
  return Object.hasOwn(CATALOGUES[lang], key);
}
var TEMPLATES = /* @__PURE__ */ new Map();
function template(text) {
  let found = TEMPLATES.get(text);
  if (!found) {
    const literals = [];
    const segments = [];
    let last = 0;
    for (const m of text.matchAll(OPTIONAL)) {
      literals.push(text.slice(last, m.index));
      segments.push({ text: m[1], names: [...m[1].matchAll(PLACEHOLDER)].map((p) => p[1]) });
      last = m.index + m[0].length;
    }
    literals.push(text.slice(last));
    found = { literals, segments, pieces: /* @__PURE__ */ new Map() };
    TEMPLATES.set(text, found);
  }
  return found;
}
function piecesOf(text) {
  const pieces = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) pieces.push(text.slice(last, m.index));
    pieces.push({ whole: m[0], name: m[1], pattern: m[2] });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}
function fill(lang, text, args) {
  const present = (name) => args[name] !== void 0 && args[name] !== "" && args[name] !== 0;
  const tpl = template(text);
  let kept = "";
  for (const segment of tpl.segments) kept += segment.names.every(present) ? "1" : "0";
  let pieces = tpl.pieces.get(kept);
  if (!pieces) {
    let left = tpl.literals[0];
    tpl.segments.forEach((segment, i) => {
      left += (kept[i] === "1" ? segment.text : "") + tpl.literals[i + 1];
    });
    pieces = piecesOf(left);
    tpl.pieces.set(kept, pieces);
  }
  let out = "";
  for (const piece of pieces) {
    if (typeof piece === "string") {
      out += piece;
      continue;
    }
    const value = args[piece.name];
    if (value === void 0) out += piece.whole;
    else if (!piece.pattern) out += typeof value === "number" ? formatNumber(lang, value) : String(value);
    else {
      const key = patternKey(piece.pattern, value);
      out += hasKey(lang, key) ? t(lang, key) : String(value);
    }
  }
  return out;
}
var NUMBER_FORMATS = /* @__PURE__ */ new Map();
function formatNumber(lang, n) {
  if (Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0)) {
    const digits = String(n);
    return digits.length <= 3 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ",");
  }
  return numberFormat(lang).format(n);
}
function numberFormat(lang) {
  let format = NUMBER_FORMATS.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === "ko" ? "ko-KR" : "en");
    NUMBER_FORMATS.set(lang, format);
  }
  return format;
}
function pluralCategory(lang, n) {
  return lang === "en" && (n === 1 || n === -1) ? "one" : "other";
}
var REQUIRED = /* @__PURE__ */ new Map();
function requiredPlaceholders(text) {
  let names = REQUIRED.get(text);
  if (!names) {
    names = [...text.replace(OPTIONAL, "").matchAll(PLACEHOLDER)].map((m) => m[1]);
    REQUIRED.set(text, names);
  }
  return names;
}
function t(lang, key, args = {}) {
  const l = lang ?? "en";
  return fill(l, CATALOGUES[l][key] ?? en[key], args);
}
function storedMessageStands(lang) {
  return (lang ?? "en") === "en";
}
function codedText(lang, family, item) {
  if (storedMessageStands(lang) && item.message !== void 0) return item.message;
  const fallback = item.message ?? item.code;
  const en2 = render("en", family, item);
  if (en2 === void 0 || item.message !== void 0 && en2 !== item.message) return fallback;
  return (lang ?? "en") === "en" ? en2 : render(lang, family, item) ?? fallback;
}
function render(lang, family, item) {
  const args = item.args ?? {};
  const base = `${family}.${item.code}.message`;
  const key = typeof args.variant === "string" ? `${base}.${args.variant}` : base;
  if (!hasKey(lang, key)) return void 0;
  const template2 = CATALOGUES[lang][key];
  if (requiredPlaceholders(template2).some((name) => args[name] === void 0)) return void 0;
  const text = fill(lang, template2, args);
  return family === "finding" && args.waived ? t(lang, "finding.waived", { text }) : text;
}
function verdictSentence(lang, model, team) {
  const reason = primaryFinding(model);
  return t(lang, "sentence.verdict", {
    model: model.id,
    team,
    verdict: model.verdict,
    reason: reason ? findingMessage(lang, reason) : t(lang, `verdict.${model.verdict}`)
  });
}
function provenanceLines(lang, model) {
  const items = model.provenance;
  if (!items || items.length !== model.evidence.length) return model.evidence;
  if (storedMessageStands(lang)) return model.evidence.slice();
  return items.map((item, i) => codedText(lang, "evidence", { ...item, message: model.evidence[i] }));
}
function problemPart(lang, code, part, args) {
  const base = `error.${code}.${part}`;
  const variant = typeof args.variant === "string" ? `${base}.${args.variant}` : void 0;
  const key = variant && hasKey(lang, variant) ? variant : base;
  if (!hasKey(lang, key)) return void 0;
  const template2 = CATALOGUES[lang][key];
  if (requiredPlaceholders(template2).some((name) => args[name] === void 0)) return void 0;
  return fill(lang, template2, args);
}
function problemEnglish(code, args) {
  const fix = problemPart("en", code, "fix", args);
  return { message: problemPart("en", code, "message", args) ?? code, ...fix ? { fix } : {} };
}
function problemText(lang, p) {
  const l = lang ?? "en";
  const fixLabel = t(l, "error.fixLabel");
  const file = p.file === "command line" ? t(l, "error.commandLine") : p.file;
  const own = { message: p.message, ...p.fix ? { fix: p.fix } : {}, fixLabel, ...file ? { file } : {} };
  if (!p.code || l === "en") return own;
  const args = p.args ?? {};
  const en2 = {
    message: problemPart("en", p.code, "message", args),
    fix: problemPart("en", p.code, "fix", args)
  };
  if (en2.message !== p.message || (en2.fix ?? void 0) !== (p.fix ?? void 0)) return own;
  const message = problemPart(l, p.code, "message", args) ?? p.message;
  const fix = p.fix ? problemPart(l, p.code, "fix", args) ?? p.fix : void 0;
  return { message, ...fix ? { fix } : {}, fixLabel, ...file ? { file } : {} };
}
function findingMessage(lang, finding) {
  return codedText(lang, "finding", finding);
}
function plural(lang, base, n, args = {}) {
  const category = pluralCategory(lang ?? "en", n);
  return t(lang, `${base}.${category}`, { count: n, ...args });
}
function langFromEnv(env) {
  const value = env.LC_ALL || env.LANG || "";
  return /^ko(\b|_|-|$)/i.test(value) ? "ko" : "en";
}
var STATUS_SYMBOL = { pass: "\u2714", fail: "\u2718", incomplete: "?" };
var VERDICT_SYMBOL = {
  compliant: "\u2714",
  "non-compliant": "\u2718",
  unknown: "?",
  excluded: "\u2013"
};
function statusLabel(lang, status) {
  return `${STATUS_SYMBOL[status]} ${t(lang, `status.${status}`)}`;
}
function verdictLabel(lang, verdict) {
  return `${VERDICT_SYMBOL[verdict]} ${t(lang, `verdict.${verdict}`)}`;
}
function modelVerdictLabel(lang, model) {
  const label = verdictLabel(lang, model.verdict);
  return model.kind === "code" ? `${label} \xB7 ${t(lang, "code.notCounted")}` : label;
}
function codeLicence(lang, code) {
  return code.licence ?? t(lang, "code.licenceUnknown");
}
function symbolOf(kind) {
  return kind in STATUS_SYMBOL ? STATUS_SYMBOL[kind] : VERDICT_SYMBOL[kind];
}
function availabilityLabel(lang, availability) {
  return t(lang, `availability.${availability ?? "unknown"}`);
}
var TEAM_REASON_CODES = [
  "ABOVE_THRESHOLD",
  "AT_OR_BELOW_THRESHOLD",
  "DEPENDS_ON_UNKNOWN",
  "NOTHING_COUNTED",
  "LISTING_FAILED",
  "PARAMETERS_UNKNOWN",
  "PARAMETERS_ABOVE_THRESHOLD",
  "PARAMETERS_AT_OR_BELOW_THRESHOLD",
  "PARAMETERS_DEPEND_ON_UNKNOWN"
];
var REASONS = new Set(TEAM_REASON_CODES);
function teamReasonArgs(counts) {
  const { counted, compliant, unknown, threshold, parameterShare } = counts;
  return {
    compliant,
    counted,
    unknown,
    share: percent(counted === 0 ? 0 : compliant / counted),
    threshold: percent(threshold),
    parameterShare: percent(parameterShare ?? 0)
  };
}
function teamReason(lang, team) {
  if (!REASONS.has(team.reason.code)) return team.reason.message;
  return t(lang, `reason.${team.reason.code}`, teamReasonArgs(team));
}
function findingTitle(lang, finding) {
  return t(lang, `finding.${finding.code}.title`);
}
function findingHelp(lang, finding) {
  return t(lang, `finding.${finding.code}.help`);
}
function parameterShareCell(lang, team) {
  if (team.parameterShare === void 0) return "\u2014";
  if (team.parameterShare === null) return t(lang, "verdict.unknown");
  return percent(team.parameterShare);
}

export {
  primaryFinding,
  percent,
  hasKey,
  t,
  codedText,
  verdictSentence,
  provenanceLines,
  problemEnglish,
  problemText,
  findingMessage,
  plural,
  langFromEnv,
  statusLabel,
  verdictLabel,
  modelVerdictLabel,
  codeLicence,
  symbolOf,
  availabilityLabel,
  teamReasonArgs,
  teamReason,
  findingTitle,
  findingHelp,
  parameterShareCell
};
