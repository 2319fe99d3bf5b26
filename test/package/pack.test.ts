// The npm package as a new user gets it: `npm pack` of this checkout (dist/ as built by
// `npm run build`), installed into an empty folder with `--offline` (openquota has no runtime
// dependency, so the tarball alone must do), then `npx openquota --help`, the shipped example,
// the library from plain JavaScript, and a strict TypeScript file importing it.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'openquota-pack-'));
const app = join(work, 'app');
// Offline, and no npm cache of the developer's: whatever the install needs must be in the tarball.
const npmEnv = {
  ...process.env,
  npm_config_cache: join(work, 'npm-cache'),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}
let packed: Packed;

function run(command: string, args: string[], cwd = app) {
  return spawnSync(command, args, { cwd, env: npmEnv, encoding: 'utf8', timeout: 60_000 });
}

function du(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = join(dir, e.name);
    return sum + (e.isDirectory() ? du(p) : lstatSync(p).size);
  }, 0);
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.d.ts'))) {
    throw new Error('dist/index.d.ts is missing: run `npm run build` before this test');
  }
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    env: npmEnv,
    encoding: 'utf8',
  });
  packed = (JSON.parse(out) as Packed[])[0]!;
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  const install = run('npm', ['install', '--offline', join(work, packed.filename)]);
  if (install.status !== 0) throw new Error(`npm install --offline failed:\n${install.stderr}`);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('holds the CLI, the library with its types, the rules, the example and the notices, not the Action', () => {
    const paths = packed.files.map((f) => f.path);
    for (const p of [
      'dist/cli.js',
      'dist/index.js',
      'dist/index.d.ts',
      'THIRD_PARTY_NOTICES',
      'LICENSE',
      'rules/msit-sovereign-ai-2025.yml',
      'rules/licences/index.json',
      'rules/schema/policy.schema.json',
      'examples/sovereign-ai-2025/evidence/bundle.json',
    ]) {
      expect(paths, p).toContain(p);
    }
    expect(paths).not.toContain('dist/action.js');
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/'))).toEqual([]);
    console.log(
      `tarball ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${paths.length} files`,
    );
  });

  it('installs offline with nothing but itself, under 20 MB', () => {
    const modules = readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(modules).toEqual(['openquota']);
    const bytes = du(join(app, 'node_modules'));
    console.log(`installed: ${(bytes / 1e6).toFixed(2)} MB`);
    expect(bytes).toBeLessThan(20e6);
  });

  it('`npx openquota --help` names the shipped example by a path that works from here', () => {
    const help = run('npx', ['--offline', 'openquota', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(
      'Quick start (no network): openquota evaluate node_modules/openquota/examples/sovereign-ai-2025/evidence',
    );
  });

  it('`licence identify` runs from its own bundle: a LICENSE, a README front matter, a usage error', () => {
    // dist/chunks/licence-cli.js and licence-repo-files.js (scripts/bundles.ts): the same answers.
    const dir = join(app, 'licensed');
    execFileSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'LICENSE'), readFileSync(join(root, 'LICENSE')));
    writeFileSync(join(dir, 'README.md'), '---\nlicense: mit\n---\n# A model\n');
    const result = run('npx', ['--offline', 'openquota', 'licence', 'identify', 'licensed', '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(
      (JSON.parse(result.stdout) as { file: string; licence: string }[]).map((r) => [r.file, r.licence]),
    ).toEqual([
      ['licensed/LICENSE', 'Apache-2.0'],
      ['licensed/README.md', 'MIT'],
    ]);
    const usage = run('npx', [
      '--offline',
      'openquota',
      'license',
      'identify',
      'licensed',
      '--format',
      'yml',
    ]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('unknown format "yml"');
  });

  it('evaluates the shipped example from an empty folder, offline', () => {
    const result = run('npx', [
      '--offline',
      'openquota',
      'evaluate',
      'node_modules/openquota/examples/sovereign-ai-2025/evidence',
      '--format',
      'json',
    ]);
    // Exit 1: under the default policy some teams fail (a finding, not an error).
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { schema: string; teams: { id: string; status: string }[] };
    expect(report.schema).toBe('openquota/report@1');
    expect(report.teams.map((t) => t.id)).toContain('lg-ai-research');
  });

  it('runs as a library from JavaScript: evaluate the shipped bundle, render Markdown', () => {
    writeFileSync(
      join(app, 'use.mjs'),
      `import { defaultEngine, evaluateBundle, loadBundle, renderMarkdown, VERSION } from 'openquota';
const bundle = await loadBundle('node_modules/openquota/examples/sovereign-ai-2025/evidence');
const report = await evaluateBundle(bundle, { cwd: process.cwd(), teams: [], engine: defaultEngine(), caller: 'use.mjs' });
console.log(JSON.stringify({ version: VERSION, status: report.status, markdown: renderMarkdown(report) }));
`,
    );
    const result = run('node', ['use.mjs']);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as { version: string; status: string; markdown: string };
    expect(out.status).toMatch(/^(pass|fail|incomplete)$/);
    expect(out.markdown).toMatch(/^\|.+\|$/m);
    expect(out.markdown).toMatch(/^## Open release quota/);
  });

  it('type-checks a strict TypeScript file that imports the library (nodenext)', () => {
    writeFileSync(
      join(app, 'scan.ts'),
      `import {
  type Policy,
  type Report,
  type ScanResult,
  createSources,
  defaultEngine,
  loadPolicy,
  loadProgramme,
  renderMarkdown,
  scan,
} from 'openquota';

export async function quota(file: string): Promise<string> {
  const { sources, secrets } = createSources(process.env, { timeoutMs: 30_000 });
  const programme = await loadProgramme(file);
  const policy = await loadPolicy(programme.programme.policy);
  const threshold: number = policy.policy.threshold;
  const result: ScanResult = await scan({ programme, policy, sources, engine: defaultEngine() });
  const report: Report = result.report;
  const status: 'pass' | 'fail' | 'incomplete' = report.status;
  const firstTeam: string | undefined = report.teams[0]?.name;
  const approve: Policy['licences']['approve'] = policy.policy.licences.approve;
  // @ts-expect-error the types are real: a status is not a number
  const wrong: number = report.status;
  return \`\${status} \${threshold} \${firstTeam} \${approve.length} \${secrets.length} \${wrong} \${renderMarkdown(report)}\`;
}
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
          skipLibCheck: false,
          // The consumer's own @types/node; borrowed from this checkout so the test stays offline.
          typeRoots: [join(root, 'node_modules/@types')],
          types: ['node'],
        },
        files: ['scan.ts'],
      }),
    );
    const tsc = run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
