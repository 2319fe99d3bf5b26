import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './cli.js';

/** The bundled Action, as action.yml runs it. */
export const ACTION = resolve('dist/action.js');

/** What one run of the Action left behind. */
export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  /** The runner's side: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP (where the ETag cache goes). */
  runnerDir: string;
  ms: number;
}

/** A temporary git checkout holding the test programme file (a frozen copy of the example) as `openquota.yml`, committed. */
export function exampleWorkspace(): { dir: string; commit: string } {
  const dir = tempDir('openquota-ws-');
  copyFileSync('test/fixtures/action/openquota.yml', join(dir, 'openquota.yml'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@x',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@x',
      },
    }).trim();
  git('init', '-q');
  git('add', 'openquota.yml');
  git('commit', '-q', '-m', 'programme');
  return { dir, commit: git('rev-parse', 'HEAD') };
}

// core.setOutput writes `name<<ghadelimiter_UUID\nvalue\nghadelimiter_UUID` records.
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n?\2$/gm))
    outputs[m[1]!] = m[3]!;
  return outputs;
}

/**
 * Runs `node dist/action.js` the way the runner does: inputs as `INPUT_<NAME>` (upper-cased, dashes
 * kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files, the workspace as cwd.
 */
export async function runAction(
  inputs: Record<string, string>,
  options: { workspace: string; env?: Record<string, string> },
): Promise<ActionRun> {
  const runner = tempDir('openquota-runner-');
  const outputFile = join(runner, 'output');
  const summaryFile = join(runner, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  mkdirSync(join(runner, 'temp'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: join(runner, 'temp'),
    GITHUB_SHA: 'f'.repeat(40),
    // Nothing may leave the machine: unused registries point at a closed loopback port.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    HF_ENDPOINT: 'http://127.0.0.1:9',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const started = performance.now();
  const child = spawn(process.execPath, [ACTION], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    workspace: options.workspace,
    runnerDir: runner,
    ms: performance.now() - started,
  };
}
