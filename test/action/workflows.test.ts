import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPOSITORY } from '../../src/project.js';

type Permissions = Record<string, string> | string | undefined;
interface Step {
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
}
interface Workflow {
  permissions?: Permissions;
  jobs: Record<string, { permissions?: Permissions; steps?: Step[] }>;
}

const DIRS = ['examples/workflows', '.github/workflows'];
const files = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f)),
);
const actionInputs = Object.keys(
  (parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs,
);
// owner/repo[/path]@vN[.N[.N]] or a full commit SHA; never a branch.
const PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;

// The current major of each official action (late 2026: checkout v7 and setup-node v7 of
// mid-2026, upload-artifact v7, download-artifact v8, and codeql-action v4, the first on Node 24).
// Raise a major here and in every workflow at once.
const CURRENT_MAJOR: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/upload-artifact': 'v7',
  'actions/download-artifact': 'v8',
  'github/codeql-action/upload-sarif': 'v4',
  // GitHub Pages (the public site workflow): configure v5, upload-pages-artifact v4, deploy v4.
  'actions/configure-pages': 'v5',
  'actions/upload-pages-artifact': 'v4',
  'actions/deploy-pages': 'v4',
};

/** The permissions a job's steps need, exactly: nothing missing, nothing extra. */
function needed(steps: Step[]): Record<string, string> {
  const perms: Record<string, string> = {};
  for (const s of steps) {
    if (s.uses?.startsWith('actions/checkout@')) perms.contents = 'read';
    if (s.uses?.startsWith('github/codeql-action/upload-sarif@')) {
      // Writes alerts; reads the workflow run (a 403 on private repositories without it).
      perms['security-events'] = 'write';
      perms.actions = 'read';
      perms.contents = 'read';
    }
    if (s.uses?.startsWith('actions/deploy-pages@')) {
      // Publishes the site, proving with an OIDC token that this workflow made it.
      perms.pages = 'write';
      perms['id-token'] = 'write';
    }
    const ours = s.uses === './' || s.uses?.startsWith(`${REPOSITORY}@`);
    const comments = ours && s.with?.comment !== undefined && s.with.comment !== 'never';
    if (comments) perms['pull-requests'] = 'write';
  }
  return perms;
}

describe('example and CI workflows', () => {
  it('there are the four examples and the CI workflow', () => {
    expect(files.sort()).toEqual(
      [
        '.github/workflows/ci.yml',
        'examples/workflows/ministry-nightly.yml',
        'examples/workflows/site.yml',
        'examples/workflows/team-pr-check.yml',
        'examples/workflows/team-self-scan.yml',
      ].sort(),
    );
  });

  for (const file of files) {
    describe(file, () => {
      const wf = parse(readFileSync(file, 'utf8')) as Workflow;
      const steps = Object.entries(wf.jobs).flatMap(([job, j]) =>
        (j.steps ?? []).map((s) => ({ job, ...s })),
      );

      it('sets permissions minimal and complete: contents: read at the top, each job what its steps need', () => {
        expect(wf.permissions).toEqual({ contents: 'read' });
        for (const [name, job] of Object.entries(wf.jobs)) {
          expect(typeof job.permissions === 'string', `${name}: no write-all/read-all`).toBe(false);
          const need = needed(job.steps ?? []);
          if (job.permissions === undefined) {
            // Inherits the workflow's contents: read, which is enough only for a job needing no more.
            expect(
              Object.keys(need).filter((scope) => scope !== 'contents'),
              name,
            ).toEqual([]);
          } else {
            // Job-level permissions replace the workflow's: exactly what the steps need.
            expect(job.permissions, name).toEqual(need);
          }
        }
      });

      it('uses the current major of every official action', () => {
        for (const step of steps.filter((s) => s.uses && s.uses !== './')) {
          const [name, ref] = step.uses!.split('@');
          if (name! in CURRENT_MAJOR)
            expect(`${name}@${ref}`, step.job).toBe(`${name}@${CURRENT_MAJOR[name!]}`);
        }
      });

      it('pins every action by version; the openquota steps use only inputs action.yml declares', () => {
        for (const step of steps.filter((s) => s.uses)) {
          if (step.uses === './') continue;
          expect(step.uses, `${step.job}: ${step.uses}`).toMatch(PINNED);
        }
        const ours = steps.filter((s) => s.uses === './' || s.uses?.startsWith(`${REPOSITORY}@`));
        // The site workflow runs the published CLI (`npx openquota@0.1 site …`), pinned by version.
        const npx = steps.filter((s) =>
          /\bnpx\b[^\n]*\bopenquota\b/.test(String((s as { run?: string }).run ?? '')),
        );
        expect(ours.length + npx.length).toBeGreaterThan(0);
        for (const step of npx) expect(String(step.run), step.job).toMatch(/\bopenquota@\d+(\.\d+){0,2}\s/);
        for (const step of ours) {
          for (const key of Object.keys(step.with ?? {}))
            expect(actionInputs, `${step.job}: ${key}`).toContain(key);
        }
      });
    });
  }

  it('the README shows each example workflow verbatim', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const file of files.filter((f) => f.startsWith('examples/'))) {
      expect(readme, file).toContain(`\`\`\`yaml\n${readFileSync(file, 'utf8').trimEnd()}\n\`\`\``);
    }
  });

  it('the README lists every finding code (SARIF rules link to that section)', async () => {
    const { FINDING_HELP } = await import('../../src/policy/findings.js');
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('### Finding codes');
    for (const [code, help] of Object.entries(FINDING_HELP))
      expect(readme).toContain(`| \`${code}\` | ${help} |`);
  });
});
