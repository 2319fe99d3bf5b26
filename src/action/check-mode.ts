import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { check } from '../check.js';
import { loadProgramme } from '../config/load.js';
import { defaultEngine } from '../detect/engine.js';
import { FINDING_HELP } from '../policy/findings.js';
import { loadPolicy } from '../policy/load.js';
import { md } from '../report/markdown-escape.js';
import { VERDICT_LABEL } from '../report/symbols.js';
import { BASE_DEADLINE_MS } from '../sources/budget.js';
import type { ModelResult, TeamStatus } from '../types.js';
import type { Annotation } from './annotations.js';
import type { ActionInputs } from './inputs.js';
import type { ProduceContext } from './produce.js';

/** The policy `openquota check` uses when none is given (the CLI's default). */
const DEFAULT_POLICY = 'msit-sovereign-ai-2025';

/** What `mode: check` produced: the CLI's `check --format json` document, and a status. */
export interface Checked {
  /** How the model is named in titles: its id, or the repository for a checkout (`owner/repo`, not `.`). */
  name: string;
  document: {
    schema: 'openquota/check@1';
    target: string;
    policy: string;
    model: ModelResult;
    fixes: string[];
  };
  status: TeamStatus;
}

/**
 * `mode: check`: one model (`target`, default the checked-out repository) judged as a scan would.
 * The policy is the `policy` input, else that of the programme file if the workspace has one,
 * else the CLI's default.
 */
export async function checkTarget(inputs: ActionInputs, ctx: ProduceContext): Promise<Checked> {
  const config = resolve(ctx.workspace, inputs.config);
  const programmePolicy = existsSync(config) ? (await loadProgramme(config)).programme.policy : undefined;
  const policy = inputs.policy
    ? await loadPolicy(inputs.policy, ctx.workspace)
    : await loadPolicy(programmePolicy ?? DEFAULT_POLICY, programmePolicy ? dirname(config) : ctx.workspace);
  const target = inputs.target ?? '.';
  const created = ctx.sources();
  created.budget.setDeadline(created.budget.now() + (inputs.deadline ?? BASE_DEADLINE_MS));
  const result = await check({
    target,
    policy,
    sources: created.sources,
    engine: defaultEngine(),
    now: new Date(),
    cwd: ctx.workspace,
  });
  const { verdict } = result.model;
  // As the CLI's exit code: excluded (e.g. no weights) is not a compliant release either.
  const status: TeamStatus = verdict === 'compliant' ? 'pass' : verdict === 'unknown' ? 'incomplete' : 'fail';
  const name = inputs.target === undefined ? (ctx.repository ?? basename(ctx.workspace)) : result.model.id;
  return {
    name,
    document: {
      schema: 'openquota/check@1',
      target: created.redact(target),
      policy: policy.policy.id,
      ...result,
    },
    status,
  };
}

/** One annotation per error or warning finding, titled `model: CODE`, with its fix. */
export function checkAnnotations({ name, document }: Checked): Annotation[] {
  const { model, fixes } = document;
  return model.reasons.flatMap((f, i): Annotation[] =>
    f.severity === 'info'
      ? []
      : [
          {
            level: f.severity === 'error' && model.verdict !== 'unknown' ? 'error' : 'warning',
            message: `${f.message}\nFix: ${fixes[i] ?? FINDING_HELP[f.code]}`,
            properties: { title: `${name}: ${f.code}` },
          },
        ],
  );
}

/** The job summary of a check: the verdict, the licence picture, and each finding with its fix. */
export function renderCheckSummary({ name, document, status }: Checked): string {
  const { model, fixes } = document;
  const cell = (s: string | null) => (s ? md(s) : '–');
  const rows = [
    ['verdict', md(VERDICT_LABEL[model.verdict])],
    ['source', `${md(model.source)}${model.revision ? ` at \`${model.revision.slice(0, 12)}\`` : ''}`],
    ['availability', cell(model.availability)],
    [
      'licence',
      `${cell(model.licence.expression)} (declared ${cell(model.licence.declared)}, detected ${cell(model.licence.detected)})`,
    ],
    ['weights', model.weights === null ? 'unknown' : String(model.weights.length)],
  ];
  const findings = model.reasons.map(
    (f, i) =>
      `- **${f.code}** (${f.severity}): ${md(f.message)}\n  - fix: ${md(fixes[i] ?? FINDING_HELP[f.code])}`,
  );
  return `## openquota check — ${md(name)}

Policy **${md(document.policy)}** · status **${status}**

| | |
| --- | --- |
${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}

${findings.length ? findings.join('\n') : 'No findings: this model counts as a compliant release.'}
`;
}
