// What the Action leaves behind once it has a report (or a check): files, job summary,
// annotations, outputs, the pull-request comment, and the step's failure when `fail-on` says so.
import { resolve } from 'node:path';
import { jsonChunks } from '../report/json-chunks.js';
import { renderSarif } from '../report/sarif.js';
import { writeFileAtomic } from '../report/write.js';
import type { Report } from '../types.js';
import { annotationsFor } from './annotations.js';
import type { Checked } from './check-mode.js';
import { COMMENT_LIMIT, writeComment } from './comment.js';
import { workspacePath } from './errors.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './main.js';
import type { Produced } from './produce.js';
import { renderSummary } from './summary.js';

/** Whether `fail-on` turns this status into a failed step. */
export function failsStep(status: Report['status'], failOn: ActionInputs['failOn']): boolean {
  if (failOn === 'never') return false;
  return status === 'fail' || (failOn === 'incomplete' && status === 'incomplete');
}

/** The team table as JSON (the `report-json` output): one row per team, as the summary's table. */
export function teamTable(report: Report) {
  return report.teams.map((t) => ({
    id: t.id,
    name: t.name,
    status: t.status,
    counted: t.counted,
    compliant: t.compliant,
    nonCompliant: t.nonCompliant,
    unknown: t.unknown,
    excluded: t.excluded,
    share: t.share,
    threshold: t.threshold,
  }));
}

/** What both publishers hand to `finish`: the status and the outputs particular to the mode. */
interface Finished {
  status: Report['status'];
  /** The summary in a comment's size. */
  comment: () => string;
  outputs: { 'failing-teams': string; 'passing-teams': string; 'report-json': string; sarif: string };
  failure: string;
}

/** Outputs common to every mode, the pull-request comment, and the step's failure when `fail-on` says so. */
async function finish(
  done: Finished,
  inputs: ActionInputs,
  workspace: string,
  io: ActionIO,
  env: ActionIO['env'],
) {
  const commentUrl = await writeComment({
    mode: inputs.comment,
    status: done.status,
    markdown: done.comment,
    env,
    timeoutMs: inputs.timeout * 1000,
    info: io.info,
    warn: (message) => io.annotate('warning', message, { title: 'openquota pull-request comment' }),
  });
  io.setOutput('status', done.status);
  for (const [name, value] of Object.entries(done.outputs)) io.setOutput(name, value);
  io.setOutput('report', workspacePath(workspace, resolve(workspace, inputs.output)));
  io.setOutput('comment-url', commentUrl);
  if (failsStep(done.status, inputs.failOn)) io.setFailed(done.failure);
}

/** A scan's, an evidence bundle's or a merge's report, published. */
export async function publish(
  produced: Produced,
  inputs: ActionInputs,
  workspace: string,
  io: ActionIO,
  env: ActionIO['env'],
): Promise<void> {
  const { report, programme } = produced;
  const reportPath = workspacePath(workspace, resolve(workspace, inputs.output));
  // In pieces, as the CLI writes it (src/report/json-chunks.ts): the bytes of renderJson, never one
  // string of a programme's report and its UTF-8 copy.
  await writeFileAtomic(resolve(workspace, inputs.output), jsonChunks(report));
  if (inputs.sarif) {
    await writeFileAtomic(
      resolve(workspace, inputs.sarif),
      renderSarif(report, {
        ...(programme.text !== undefined ? { programmeText: programme.text } : {}),
        ...(programme.file ? { programmeUri: programme.file } : {}),
        lang: inputs.lang,
      }),
    );
  }
  for (const a of annotationsFor(report, programme, inputs.lang))
    io.annotate(a.level, a.message, a.properties);
  await io.appendSummary(renderSummary(report, { reportPath, lang: inputs.lang }));
  const ids = (pass: boolean) =>
    report.teams
      .filter((t) => (t.status === 'pass') === pass && (pass || t.status === 'fail'))
      .map((t) => t.id)
      .join(',');
  io.info(
    `openquota: ${report.status} — ${report.teams.map((t) => `${t.id} ${t.status} (${t.compliant}/${t.counted})`).join(', ')}`,
  );
  await finish(
    {
      status: report.status,
      // Bytes bound characters from above, so a byte budget keeps the comment under GitHub's limit.
      comment: () =>
        renderSummary(report, { reportPath, limitBytes: COMMENT_LIMIT - 1024, lang: inputs.lang }),
      outputs: {
        'failing-teams': ids(false),
        'passing-teams': ids(true),
        'report-json': JSON.stringify(teamTable(report)),
        sarif: inputs.sarif ? workspacePath(workspace, resolve(workspace, inputs.sarif)) : '',
      },
      failure: `openquota: the programme status is ${report.status} (fail-on: ${inputs.failOn}); see the job summary`,
    },
    inputs,
    workspace,
    io,
    env,
  );
}

/** A `mode: check` result, published. */
export async function publishCheck(
  checked: Checked,
  inputs: ActionInputs,
  workspace: string,
  io: ActionIO,
  env: ActionIO['env'],
): Promise<void> {
  await writeFileAtomic(resolve(workspace, inputs.output), `${JSON.stringify(checked.document, null, 2)}\n`);
  const { checkAnnotations, renderCheckSummary } = await import('./check-mode.js');
  for (const a of checkAnnotations(checked)) io.annotate(a.level, a.message, a.properties);
  const summary = renderCheckSummary(checked);
  await io.appendSummary(summary);
  const { model } = checked.document;
  io.info(`openquota check ${checked.name}: ${model.verdict} (${model.licence.expression ?? 'no licence'})`);
  await finish(
    {
      status: checked.status,
      comment: () => summary,
      outputs: { 'failing-teams': '', 'passing-teams': '', 'report-json': '[]', sarif: '' },
      failure: `openquota: ${model.id} is ${model.verdict} (fail-on: ${inputs.failOn}); see the job summary`,
    },
    inputs,
    workspace,
    io,
    env,
  );
}
