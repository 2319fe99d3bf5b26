import {
  findingMessage
} from "./chunk-FXGHOV3O.js";

// src/policy/findings.ts
function finding(code, severity, ...rest) {
  const given = rest[0] ?? {};
  const args = Object.fromEntries(
    Object.entries(given).filter((e) => e[1] !== void 0)
  );
  const hasArgs = Object.keys(args).length > 0;
  return {
    code,
    severity,
    message: findingMessage("en", { code, ...hasArgs ? { args } : {} }),
    ...hasArgs ? { args } : {},
    ...severity === "error" ? { blocking: true } : {}
  };
}
var FINDING_HELP = {
  NOT_PUBLIC: "The release cannot be reached without credentials (private, disabled, missing, or gated with manual approval). Make the repository public, or remove manual gating.",
  GATED_AUTO: "The release is behind click-through gating. The policy still counts it as public; ungating it removes this warning.",
  NO_WEIGHTS: "The repository holds no weight files, so it is not a model release and is not counted.",
  EXCLUDED_BY_PROGRAMME: "The programme file excludes this release from the count (exclude: in the team entry).",
  LICENCE_NOT_APPROVED: "The licence is not on the policy\u2019s approved list. Release the weights under an approved open licence (e.g. Apache-2.0, MIT, CC-BY-4.0).",
  LICENCE_DENIED: "The policy denies this licence outright (e.g. non-commercial or no-derivatives terms).",
  LICENCE_MISSING: "No licence could be found: the model card names none and there is no LICENSE file. Add `license:` to the model card and a LICENSE file.",
  LICENCE_UNREADABLE: "A licence-bearing file exists but was not read whole (a failed or refused read, a gated file, a file past the cap or cut at the size limit), so the licence is not established. Re-run, or with a token that can read it.",
  LICENCE_UNIDENTIFIED: "A licence-bearing text was read but matches no known licence closely enough, so the licence is not established. Use a standard licence text unmodified, or ask the ministry to review it.",
  LICENCE_MISMATCH: "The licence named in metadata and the licence text disagree; the stricter one is used. Make the model card and the LICENSE file name the same licence.",
  LICENCE_RESTRICTED_USE: "The licence restricts how the model may be used (an acceptable-use policy or field-of-use limits), so it is not an open licence.",
  LICENCE_NON_COMMERCIAL: "The licence forbids commercial use, so it is not an open licence.",
  SOURCE_FAILED: "The registry could not be asked (network error, rate limit or bad response), so nothing could be established. Re-run later.",
  FILES_UNKNOWN: "The file list could not be read, so whether the repository holds weights is unknown.",
  RENAMED: "The repository was renamed; the report uses its new id. Update the programme file.",
  WAIVED: "A policy waiver accepts the finding beside it, so it no longer decides the verdict; the waiver names who approved it, why and until when. The licence itself is judged as it is.",
  LICENCE_MODIFIED: "The licence text is a known licence with terms added or changed (or a template with its names changed), so it is not that licence and is not approved. Use the standard text unmodified, or ask the ministry to review the changed terms quoted in the evidence.",
  LICENCE_TEXT_MISSING: "The licence rests on metadata that no licence text backs: the policy requires the text, or the card lists `other` beside named licences with no text for it. Add the licence text to the repository.",
  MALFORMED_METADATA: "A licence field of the model card has the wrong shape (e.g. `license: {id: \u2026}` or a number), so the declared licence is not established. Write `license:` as an id or a list of ids, `license_name` and `license_link` as text.",
  MALFORMED_RESPONSE: "The registry answered with a shape openquota does not know (e.g. file entries without a name), so what it describes is not established. Re-run later; report it if it persists.",
  FILES_TRUNCATED: "The file listing was cut short (too many files), so what lies beyond the cut is not known. The release is unknown unless the files read already decide it.",
  DECLARED_NOT_EXCLUDED: "The release is declared in `models:`, so it counts even though an `exclude:` glob of the same team matches it. Remove it from `models:` or narrow the glob.",
  AVAILABILITY_NOT_CHECKED: "A local directory: whether the release is public cannot be seen from it, so the verdict says how the release would be judged once published. Check the published release (e.g. openquota check org/name) for availability.",
  WEIGHTS_STUB: "The weight files are below the policy\u2019s floor (weights.minParameters / weights.minBytes): a stub, not a model release, so the repository is excluded. The finding carries the figures. Upload the real weights.",
  WEIGHTS_UNKNOWN: "Neither the parameter count nor the bytes of the weight files could be established (a header that did not parse, a tree that could not be read), so whether the weights are really there is unknown. Re-run, or publish weights in a format that states its size.",
  FAMILY_COPY: "A quantised, converted or re-uploaded copy of another release of the same team (or the same model on another registry): listed under its original and not counted on its own. The original\u2019s verdict is the family\u2019s.",
  COPY_LESS_OPEN: "A copy of this model is private, gated or under another licence than the original. The original\u2019s verdict stands for the family; make the copy as open as the original.",
  ADAPTER: "An adapter (LoRA, PEFT) on a base model: listed, not counted as a model release (policy families.adapters).",
  FORK: "A fork of another owner\u2019s repository: listed, not counted as the team\u2019s release (policy families.forks).",
  THIRD_PARTY_BASE: "The release is built on another owner\u2019s model (its base_model is outside the team): the finding names the owner, the model and the relation. The policy\u2019s lineage.thirdPartyBase says whether it is allowed, flagged or not counted.",
  LICENCE_INHERITED: "The base model\u2019s licence binds derivatives, so this release is under its own licence AND the base\u2019s; relabelling a fine-tune does not lift the base\u2019s terms. The finding names the base, its licence and the clause that binds.",
  BASE_UNREADABLE: "The base model\u2019s metadata (and so its licence) could not be read, so whether its licence binds this release is not established: the licence is unknown. Re-run later."
};

export {
  finding,
  FINDING_HELP
};
