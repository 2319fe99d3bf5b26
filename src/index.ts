/**
 * openquota as a library (`import { scan } from 'openquota'`): the CLI's pipeline as functions,
 * with no side effect on import. A scan is
 *
 *   const { sources } = createSources(process.env);
 *   const { report } = await scan({ programme: await loadProgramme('openquota.yml'),
 *     policy: await loadPolicy('msit-sovereign-ai-2025'), sources, engine: defaultEngine() });
 *   console.log(renderMarkdown(report));
 *
 * Everything here is typed by `dist/index.d.ts`, one self-contained file (scripts/build-types.mjs):
 * no type refers to a package the install does not carry. The zod schemas stay internal; the JSON
 * Schemas in `rules/schema/` are the public description of the files, and the loaders validate.
 */

// Loaders: files in, validated values out (every problem at once, as a ConfigError).
export { type Bundle, loadBundle, saveBundle, saveScanEvidence } from './bundle.js';
// One model, judged as a scan would judge it, with a fix per finding (`openquota check`).
export { type CheckInput, type CheckResult, check } from './check.js';
export { type LoadedProgramme, loadProgramme } from './config/load.js';
export type { Programme, Team } from './config/programme.js';
// The licence engine: openquota's own matcher over SPDX and model licence texts.
export { defaultEngine } from './detect/engine.js';
export { identifyText } from './detect/identify.js';
export {
  ConfigError,
  type ConfigProblem,
  formatProblem,
  InternalError,
  SourceError,
} from './errors.js';
// Judging: pure functions of evidence and policy.
export { type Engine, type EvaluationInput, evaluate } from './evaluate.js';
export { type BundleEvaluation, evaluateBundle } from './evaluate-bundle.js';
export { type LoadedPolicy, loadPolicy, presetNames } from './policy/load.js';
export type { Policy, Waiver } from './policy/schema.js';
// Renderers: a report in, a string out (the CLI's `--format` choices).
export { renderCycloneDx } from './report/cyclonedx.js';
export { diffReports, type ReportDiff } from './report/diff.js';
export { type DiffFormat, renderDiff } from './report/diff-render.js';
export { renderHtml } from './report/html.js';
export { renderJson } from './report/json.js';
export { type MarkdownOptions, renderMarkdown } from './report/markdown.js';
export { type MergeInput, type MergeResult, mergeReports } from './report/merge.js';
export { renderSarif, type SarifOptions } from './report/sarif.js';
export { parseReport, readReport } from './report/schema.js';
export { renderTable, type TableOptions } from './report/table.js';
export { type ScanInput, type ScanProgress, type ScanResult, scan } from './scan.js';
// Sources: the registries, built from an environment (tokens, endpoints) you pass in.
export { type CreatedSources, type CreateSourcesOptions, createSources } from './sources/create.js';
export type { CallOptions, Discovery, PickFiles, Source, TeamTarget } from './sources/source.js';
export type * from './types.js';
export { VERSION } from './version.js';
