import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { loadProgramme } from '../config/load.js';
import type { Team } from '../config/programme.js';
import { ConfigError } from '../errors.js';
import { checkOutputs, type RunInput } from '../output-paths.js';
import { mergeReports } from '../report/merge.js';
import { readReport } from '../report/schema.js';
import type { CreatedSources } from '../sources/create.js';
import type { Report } from '../types.js';
import type { ActionInputs } from './inputs.js';

/** A report and the programme file it judged, relative to the workspace when it is there. */
export interface Produced {
  report: Report;
  programme: { file?: string; text?: string };
}

/** What producing a report needs from the outside, injected by main.ts. */
export interface ProduceContext {
  workspace: string;
  sources: () => CreatedSources;
  /** The commit of a workspace file, or GITHUB_SHA, or null. */
  commitOf: (file: string) => Promise<string | null>;
  /** `owner/repo` of the workflow's repository (GITHUB_REPOSITORY), naming a checked-out model. */
  repository?: string;
  /** Says, before a scan, what the teams' registries will not show without tokens. */
  announce?: (teams: Team[]) => void;
}

const inWorkspace = (workspace: string, file: string) =>
  relative(workspace, resolve(workspace, file)) || file;

/** The CLI's rule: the report, SARIF and bundle must not overwrite what the run reads (exit before any request). */
function guardOutputs(inputs: ActionInputs, ctx: ProduceContext, read: RunInput[]): Promise<void> {
  return checkOutputs({
    cwd: ctx.workspace,
    from: 'action inputs',
    inputs: read,
    output: { path: inputs.output, flag: 'report' },
    ...(inputs.sarif ? { alsoOutputs: [{ path: inputs.sarif, flag: 'sarif' }] } : {}),
    ...(inputs.saveEvidence ? { evidence: { path: inputs.saveEvidence, flag: 'save-evidence' } } : {}),
  });
}

/**
 * The programme file a scan needs, said in terms of the `config` input when it is not there (the
 * core's own message tells a CLI user to pass `--config`).
 */
async function requireProgrammeFile(ctx: ProduceContext, file: string): Promise<string> {
  const absolute = resolve(ctx.workspace, file);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isFile()) {
    throw new ConfigError([
      {
        file: 'action inputs',
        path: 'config',
        message: `Input "config": no programme file at ${file} in the workspace${info ? ' (it is a directory)' : ''}`,
        fix: "set `config:` to the programme file's path relative to the workspace (default openquota.yml), and check the repository out (actions/checkout) in a step before this one",
      },
    ]);
  }
  return absolute;
}

/** `mode: scan`: the same scan() as the CLI, with evidence saved when asked. */
export async function scanProgramme(inputs: ActionInputs, ctx: ProduceContext): Promise<Produced> {
  // Each mode loads its own code when it runs (as the CLI's commands do): a merge compiles no
  // scanner, licence engine or sources.
  const [{ loadPolicy }, { scan }, { defaultEngine }, { releasesInFlight }, { saveScanEvidence }] =
    await Promise.all([
      import('../policy/load.js'),
      import('../scan.js'),
      import('../detect/engine.js'),
      import('../sources/pools.js'),
      import('../bundle.js'),
    ]);
  const file = inWorkspace(ctx.workspace, inputs.config);
  const absolute = await requireProgrammeFile(ctx, file);
  const programme = await loadProgramme(absolute);
  const policy = await loadPolicy(
    inputs.policy ?? programme.programme.policy,
    inputs.policy ? ctx.workspace : dirname(absolute),
  );
  await guardOutputs(inputs, ctx, [
    { path: absolute, what: 'the programme file' },
    ...policy.chain.map((p) => ({ path: p, what: 'the policy file' })),
  ]);
  const commit = await ctx.commitOf(file);
  ctx.announce?.(
    programme.programme.teams.filter((t) => inputs.team.length === 0 || inputs.team.includes(t.id)),
  );
  const created = ctx.sources();
  const result = await scan({
    programme: { ...programme, file, commit },
    policy,
    sources: created.sources,
    engine: defaultEngine(),
    teams: inputs.team,
    concurrency: releasesInFlight(inputs.concurrency),
    budget: created.budget,
    ...(inputs.deadline !== undefined ? { deadlineMs: inputs.deadline } : {}),
  });
  if (inputs.saveEvidence) {
    await saveScanEvidence(
      resolve(ctx.workspace, inputs.saveEvidence),
      result,
      { path: file, text: created.redact(programme.text), sha256: programme.sha256, commit },
      policy,
    );
  }
  return { report: result.report, programme: { file, text: programme.text } };
}

/** `evidence: DIR`: judges a saved bundle offline, as `openquota evaluate DIR` does. */
export async function evaluateEvidence(inputs: ActionInputs, ctx: ProduceContext): Promise<Produced> {
  const [{ loadBundle }, { evaluateBundle }, { defaultEngine }] = await Promise.all([
    import('../bundle.js'),
    import('../evaluate-bundle.js'),
    import('../detect/engine.js'),
  ]);
  await guardOutputs(inputs, ctx, [{ path: inputs.evidence!, what: 'the evidence bundle being evaluated' }]);
  const bundle = await loadBundle(resolve(ctx.workspace, inputs.evidence!));
  const report = await evaluateBundle(bundle, {
    ...(inputs.policy ? { policy: inputs.policy } : {}),
    cwd: ctx.workspace,
    teams: inputs.team,
    engine: defaultEngine(),
    caller: 'action inputs',
  });
  return { report, programme: { file: bundle.programme.path, text: bundle.programme.text } };
}

/** Report paths, a directory standing for the `*.json` files in it (what download-artifact leaves). */
async function expandReports(entries: string[], workspace: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of entries) {
    const info = await stat(resolve(workspace, entry)).catch(() => undefined);
    if (!info?.isDirectory()) files.push(entry);
    else {
      const names = (await readdir(resolve(workspace, entry))).filter((n) => n.endsWith('.json')).sort();
      if (names.length === 0) {
        throw new ConfigError([
          { file: 'action inputs', path: '', message: `Input "reports": no *.json in ${entry}` },
        ]);
      }
      files.push(...names.map((n) => join(entry, n)));
    }
  }
  return files;
}

/** `mode: merge`: the reports of a matrix's jobs as one, in the programme file's team order. */
export async function mergeInputs(inputs: ActionInputs, ctx: ProduceContext): Promise<Produced> {
  const reports = [];
  for (const file of await expandReports(inputs.reports, ctx.workspace)) {
    reports.push({ file, report: await readReport(resolve(ctx.workspace, file), file) });
  }
  const file = inWorkspace(ctx.workspace, inputs.config);
  await guardOutputs(inputs, ctx, [
    ...reports.map((r) => ({ path: r.file, what: 'a report being merged' })),
    { path: file, what: 'the programme file' },
  ]);
  const programme = await loadProgramme(resolve(ctx.workspace, file)).catch(() => undefined);
  // The checked-out programme file gives order and lines only if it is the one the jobs scanned.
  const same = programme && programme.sha256 === reports[0]?.report.programme.sha256 ? programme : undefined;
  // The programme's teams: one whose job left no report is incomplete (NO_REPORT), never dropped.
  const merged = mergeReports(reports, {
    ...(same ? { programme: same.programme.teams.map((t) => ({ id: t.id, name: t.name })) } : {}),
    ...(inputs.team.length > 0 ? { subset: inputs.team, subsetFrom: 'input "team"' } : {}),
  });
  if ('problems' in merged) throw new ConfigError(merged.problems);
  return { report: merged.report, programme: same ? { file, text: same.text } : {} };
}
