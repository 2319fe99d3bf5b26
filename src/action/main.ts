import { execFile } from 'node:child_process';
import { join } from 'node:path';
import * as core from '@actions/core';
import { ConfigError, formatProblem, SourceError } from '../errors.js';
import { keepHeapNearLive } from '../heap.js';
import { createRedactor } from '../sources/redact.js';
import { problemInActionTerms } from './errors.js';
import { parseInputs } from './inputs.js';
import { evaluateEvidence, mergeInputs, type ProduceContext, scanProgramme } from './produce.js';
import { publish, publishCheck } from './publish.js';

export { failsStep } from './publish.js';

/** What the Action touches of the runner; `coreIO()` is the real one, tests may pass another. */
export interface ActionIO {
  getInput: (name: string) => string;
  setOutput: (name: string, value: string) => void;
  setSecret: (value: string) => void;
  setFailed: (message: string) => void;
  annotate: (level: 'error' | 'warning', message: string, properties: core.AnnotationProperties) => void;
  info: (message: string) => void;
  appendSummary: (markdown: string) => Promise<void>;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The runner as @actions/core exposes it. */
export function coreIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    setFailed: (message) => core.setFailed(message),
    annotate: (level, message, properties) =>
      level === 'error' ? core.error(message, properties) : core.warning(message, properties),
    info: (message) => core.info(message),
    appendSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** The last commit touching `file` in the workspace, else GITHUB_SHA, else null. */
function commitOf(workspace: string, env: ActionIO['env']) {
  return (file: string) =>
    new Promise<string | null>((done) => {
      execFile('git', ['log', '-1', '--format=%H', '--', file], { cwd: workspace }, (error, stdout) => {
        const sha = error ? '' : stdout.trim();
        done(/^[0-9a-f]{40,64}$/.test(sha) ? sha : env.GITHUB_SHA?.trim() || null);
      });
    });
}

/** The runner with every log line, annotation and failure passed through the sources' redactor. */
function redactingIO(io: ActionIO, secrets: string[]): ActionIO {
  const redact = (text: string) => createRedactor(secrets)(text);
  return {
    ...io,
    setFailed: (message) => io.setFailed(redact(message)),
    info: (message) => io.info(redact(message)),
    appendSummary: (markdown) => io.appendSummary(redact(markdown)),
    annotate: (level, message, properties) =>
      io.annotate(level, redact(message), {
        ...properties,
        ...(properties.title ? { title: redact(properties.title) } : {}),
      }),
  };
}

/**
 * The Action: tokens registered as secrets first, inputs validated with the CLI's schema, then
 * scan (or evaluate saved evidence, or merge reports), then report, SARIF, summary, annotations and
 * outputs. Every failure ends in setFailed with a message naming what to fix; nothing throws.
 */
export async function run(runner: ActionIO = coreIO()): Promise<void> {
  const tokens = {
    HF_TOKEN: runner.getInput('hf-token').trim(),
    GITHUB_TOKEN: runner.getInput('github-token').trim(),
  };
  const secrets = Object.values(tokens).filter(Boolean);
  for (const s of secrets) runner.setSecret(s);
  const io = redactingIO(runner, secrets);
  // A new object: the tokens reach createSources without being written into process.env.
  const env = { ...io.env };
  for (const [name, value] of Object.entries(tokens)) if (value) env[name] = value;
  try {
    const inputs = parseInputs(io.getInput);
    // The modes that read registries keep their heap near what is live, as the CLI's scan does.
    if (inputs.mode !== 'merge') keepHeapNearLive();
    const workspace = env.GITHUB_WORKSPACE || io.cwd;
    // The sources (octokit, git, the Hub client) load for the modes that read registries; a merge
    // reads reports only and starts without them.
    const create = inputs.mode === 'merge' ? undefined : await import('../sources/create.js');
    const sourcesModule = () => {
      if (!create) throw new Error('registry sources asked for in merge mode');
      return create;
    };
    const ctx: ProduceContext = {
      workspace,
      commitOf: commitOf(workspace, env),
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
      announce: (teams) => {
        for (const notice of sourcesModule().credentialNotices(env, teams)) io.info(`note: ${notice}`);
      },
      sources: () => {
        const created = sourcesModule().createSources(env, {
          timeoutMs: inputs.timeout * 1000,
          pools: inputs.concurrency,
          cwd: workspace,
          cacheMaxMb: inputs.cacheMaxMb,
          // The runner's temp directory is emptied after each job: ETags help within a job only.
          ...(env.RUNNER_TEMP ? { cacheDir: join(env.RUNNER_TEMP, 'openquota-cache') } : {}),
        });
        for (const s of created.secrets.filter((s) => !secrets.includes(s))) {
          io.setSecret(s);
          secrets.push(s);
        }
        return created;
      },
    };
    if (inputs.mode === 'check') {
      const { checkTarget } = await import('./check-mode.js');
      await publishCheck(await checkTarget(inputs, ctx), inputs, workspace, io, env);
      return;
    }
    const produced =
      inputs.mode === 'merge'
        ? await mergeInputs(inputs, ctx)
        : inputs.evidence
          ? await evaluateEvidence(inputs, ctx)
          : await scanProgramme(inputs, ctx);
    await publish(produced, inputs, workspace, io, env);
  } catch (error) {
    const workspace = env.GITHUB_WORKSPACE || io.cwd;
    const message =
      error instanceof ConfigError
        ? error.problems.map((p) => formatProblem(problemInActionTerms(p, workspace))).join('\n')
        : error instanceof SourceError
          ? `upstream failure (${error.code}): ${error.message}${error.url ? ` [${error.url}]` : ''}`
          : `could not finish: ${(error as Error)?.stack ?? String(error)}\nThis is a bug in openquota; please report it.`;
    io.setFailed(message);
  }
}
