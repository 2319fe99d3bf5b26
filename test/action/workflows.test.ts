import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Permissions = Record<string, string> | string | undefined;
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
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

      it('sets least-privilege permissions: contents: read at the top, writes only for SARIF upload and Pages', () => {
        expect(wf.permissions).toEqual({ contents: 'read' });
        for (const [name, job] of Object.entries(wf.jobs)) {
          const uploadsSarif = (job.steps ?? []).some((s) =>
            s.uses?.startsWith('github/codeql-action/upload-sarif@'),
          );
          const perms = (job.permissions ?? {}) as Record<string, string>;
          expect(typeof job.permissions === 'string', `${name}: no write-all/read-all`).toBe(false);
          const deploysPages = (job.steps ?? []).some((s) => s.uses?.startsWith('actions/deploy-pages@'));
          const writes = Object.entries(perms).filter(([, v]) => v === 'write');
          expect(writes, name).toEqual(
            uploadsSarif
              ? [['security-events', 'write']]
              : deploysPages
                ? [
                    ['pages', 'write'],
                    ['id-token', 'write'],
                  ]
                : [],
          );
        }
      });

      it('pins every action by version; the openquota steps use only inputs action.yml declares', () => {
        for (const step of steps.filter((s) => s.uses)) {
          if (step.uses === './') continue;
          expect(step.uses, `${step.job}: ${step.uses}`).toMatch(PINNED);
        }
        const ours = steps.filter((s) => s.uses === './' || s.uses?.startsWith('openquota/openquota@'));
        // Or the CLI from the registry, pinned (the site has no Action mode).
        const cli = steps.filter((s) => /\bnpx --yes openquota@\d+(\.\d+)* /.test(s.run ?? ''));
        expect(ours.length + cli.length).toBeGreaterThan(0);
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
