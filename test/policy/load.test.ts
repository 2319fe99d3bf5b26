import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jsonSchemas } from '../../src/config/json-schema.js';
import type { ConfigError } from '../../src/errors.js';
import { loadPolicy, presetNames } from '../../src/policy/load.js';
import { globProblem } from '../../src/policy/validate.js';
import { runCli, tempDir } from '../support/cli.js';

const TODAY = '2026-11-28';

/** The YAML value of a policy, as the cases change it. */
type Doc = {
  threshold: number;
  licences: { deny: string[]; approve: unknown[] } & Record<string, unknown>;
  waivers: unknown[];
};

/** A whole policy (the default preset) with `change` applied to its YAML value. */
function policyFile(dir: string, change: (p: Doc) => void, name = 'p.yml'): string {
  const value = parse(readFileSync('rules/msit-sovereign-ai-2025.yml', 'utf8'));
  change(value);
  const file = join(dir, name);
  writeFileSync(file, `# a policy\n${JSON.stringify(value, null, 2)}\n`);
  return file;
}

async function problemsOf(file: string) {
  const error = (await loadPolicy(file, undefined, { today: TODAY }).catch((e) => e)) as ConfigError;
  expect(error.name).toBe('ConfigError');
  return error.problems;
}

describe('policies validated in full: each kind of mistake refused with path, line and fix', () => {
  it.each<[string, (p: Doc) => void, string, RegExp, RegExp?]>([
    [
      'a deny glob with an unclosed bracket',
      (p) => p.licences.deny.push('CC-BY-NC['),
      'licences.deny[7]',
      /"\[" is never closed/,
    ],
    [
      'a deny glob with an unclosed brace',
      (p) => p.licences.deny.push('CC-{BY,'),
      'licences.deny[7]',
      /"\{" is never closed/,
    ],
    [
      'a waiver glob that does not compile',
      (p) => p.waivers.push({ release: '**/[', codes: ['GATED_AUTO'], reason: 'r', approvedBy: 'board' }),
      'waivers[0].release',
      /does not compile/,
    ],
    [
      'an approved id that does not exist',
      (p) => p.licences.approve.push('Apache2.0'),
      'licences.approve[2]',
      /not an SPDX id/,
      /did you mean "Apache-2\.0"/,
    ],
    [
      'a LicenseRef the engine does not know, not marked custom',
      (p) => p.licences.approve.push('LicenseRef-lama3.1'),
      'licences.approve[2]',
      /not an SPDX id or a licence openquota knows/,
      /did you mean "LicenseRef-llama3\.1"\?; if it is the ministry's own licence, write \{id: LicenseRef-lama3\.1, custom: true\}/,
    ],
    [
      'an expression where an id goes',
      (p) => p.licences.approve.push('MIT OR Apache-2.0'),
      'licences.approve[2]',
      /not one licence id/,
    ],
    [
      'a waiver that does not say who approved it',
      (p) => p.waivers.push({ release: 'a/b', codes: ['GATED_AUTO'], reason: 'r' }),
      'waivers[0].approvedBy',
      /is required/,
    ],
    [
      'a waiver code outside the finding vocabulary',
      (p) => p.waivers.push({ release: 'a/b', codes: ['GATED_AUTOO'], reason: 'r', approvedBy: 'board' }),
      'waivers[0].codes[0]',
      /"GATED_AUTOO" is not a value allowed here/,
      /did you mean "GATED_AUTO"/,
    ],
    [
      'a threshold of 1 (no team could pass)',
      (p) => {
        p.threshold = 1;
      },
      'threshold',
      /strictly between 0 and 1/,
    ],
    [
      'a threshold of 0 (one compliant model would pass)',
      (p) => {
        p.threshold = 0;
      },
      'threshold',
      /strictly between 0 and 1/,
    ],
    [
      'a negative threshold',
      (p) => {
        p.threshold = -0.5;
      },
      'threshold',
      /strictly between 0 and 1/,
    ],
    [
      'a minimum confidence of 0 (any guess identifies)',
      (p) => {
        p.licences.minConfidence = 0;
      },
      'licences.minConfidence',
      /expected number to be >0/,
    ],
    [
      'a waiver expiry that is not a date',
      (p) =>
        p.waivers.push({
          release: 'a/b',
          codes: ['GATED_AUTO'],
          reason: 'r',
          approvedBy: 'board',
          expires: '31/12/2026',
        }),
      'waivers[0].expires',
      /date/,
    ],
    [
      'an unknown key',
      (p) => {
        p.licences.aprove = [];
      },
      'licences.aprove',
      /unknown key/,
      /did you mean "approve"/,
    ],
  ])('%s', async (_name, change, path, message, fix) => {
    const file = policyFile(tempDir(), change);
    const problems = await problemsOf(file);
    const p = problems.find((x) => x.path === path);
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.file).toBe(file);
    expect(p!.message).toMatch(message);
    expect(p!.line).toBeGreaterThan(1);
    if (fix) expect(p!.fix).toMatch(fix);
  });

  it('every problem at once, schema and engine checks together', async () => {
    const file = policyFile(tempDir(), (p) => {
      p.threshold = 2;
      p.licences.deny.push('**/[');
      p.licences.approve.push('NotALicence');
      p.waivers.push({ release: 'x[', codes: ['NOPE'], reason: 'r', approvedBy: 'board' });
    });
    expect((await problemsOf(file)).map((p) => p.path).sort()).toEqual(
      [
        'licences.approve[2]',
        'licences.deny[7]',
        'threshold',
        'waivers[0].codes[0]',
        'waivers[0].release',
      ].sort(),
    );
  });

  it('honest: every preset loads with no problem and no warning', async () => {
    for (const name of presetNames()) {
      expect((await loadPolicy(name, undefined, { today: TODAY })).warnings).toEqual([]);
    }
  });

  it('an id in the wrong case is normalised with a warning (not refused)', async () => {
    const file = policyFile(tempDir(), (p) => {
      p.licences.approve = ['cc-by-4.0', 'CC0-1.0'];
    });
    const loaded = await loadPolicy(file, undefined, { today: TODAY });
    expect(loaded.policy.licences.approve).toEqual(['CC-BY-4.0', 'CC0-1.0']);
    expect(loaded.warnings).toEqual([
      expect.objectContaining({
        path: 'licences.approve[0]',
        message: '"cc-by-4.0" is spelled "CC-BY-4.0": used as "CC-BY-4.0"',
      }),
    ]);
  });

  it('an expired waiver is a warning: the policy loads, the waiver no longer applies', async () => {
    const file = policyFile(tempDir(), (p) => {
      p.waivers = [
        { release: 'org/a', codes: ['GATED_AUTO'], reason: 'r', approvedBy: 'board', expires: '2020-01-01' },
        { release: 'org/b', codes: ['GATED_AUTO'], reason: 'r', approvedBy: 'board', expires: '2027-01-01' },
      ];
    });
    const loaded = await loadPolicy(file, undefined, { today: TODAY });
    expect(loaded.warnings.map((w) => [w.path, w.message])).toEqual([
      ['waivers[0].expires', 'the waiver for "org/a" expired on 2020-01-01: it no longer applies'],
    ]);
  });

  it('a deny glob that matches no licence denies nothing: a warning with a suggestion', async () => {
    const file = policyFile(tempDir(), (p) => p.licences.deny.push('CCBY-NC-SA-4.0'));
    const loaded = await loadPolicy(file, undefined, { today: TODAY });
    expect(loaded.warnings[0]).toMatchObject({
      path: 'licences.deny[7]',
      fix: 'did you mean "CC-BY-NC-SA-4.0"?',
    });
  });

  it('LicenseRef ids: the engine’s, derived -modified/-renamed ids of known licences, and custom ones marked so', async () => {
    const file = policyFile(tempDir(), (p) => {
      p.licences.approve = [
        'LicenseRef-llama3.1',
        'LicenseRef-MIT-modified',
        'LicenseRef-llama3.1-renamed',
        { id: 'LicenseRef-acme-open-1.0', custom: true },
      ];
    });
    const loaded = await loadPolicy(file, undefined, { today: TODAY });
    expect(loaded.policy.licences.approve).toEqual([
      'LicenseRef-llama3.1',
      'LicenseRef-MIT-modified',
      'LicenseRef-llama3.1-renamed',
      'LicenseRef-acme-open-1.0',
    ]);
    const derivedOfNothing = policyFile(tempDir(), (p) => {
      p.licences.approve = ['LicenseRef-Nonsense-9-modified'];
    });
    expect((await problemsOf(derivedOfNothing))[0]!.path).toBe('licences.approve[0]');
  });

  it('globProblem: what picomatch would read as a literal or as nothing', () => {
    expect(globProblem('CC-BY-NC*')).toBeUndefined();
    expect(globProblem('org/{a,b}-*')).toBeUndefined();
    expect(globProblem('org/\\[literal\\]')).toBeUndefined();
    expect(globProblem('CC-BY-NC[')).toBe('"[" is never closed');
    expect(globProblem('a]')).toBe('"]" at position 2 closes nothing');
    expect(globProblem('a{b')).toBe('"{" is never closed');
  });
});

describe('extends: a policy file changes a few keys of a preset', () => {
  it('objects merge key by key, lists replace whole; the merged policy is what is judged and saved', async () => {
    const dir = tempDir();
    const file = join(dir, 'local.yml');
    writeFileSync(
      file,
      'extends: msit-sovereign-ai-2025\nid: msit-local\ntitle: MSIT, manual gating public\navailability:\n  gated-manual: public\nlicences:\n  deny: ["CC-BY-NC*"]\n',
    );
    const loaded = await loadPolicy(file, undefined, { today: TODAY });
    const preset = await loadPolicy('msit-sovereign-ai-2025');
    expect(loaded.policy.availability).toEqual({ 'gated-auto': 'public', 'gated-manual': 'public' });
    expect(loaded.policy.licences.deny).toEqual(['CC-BY-NC*']);
    expect(loaded.policy.licences.approve).toEqual(preset.policy.licences.approve);
    expect(loaded.policy.threshold).toBe(0.5);
    expect(loaded.chain).toEqual([file, preset.file]);
    // The bundle keeps the merged policy: loading the saved text alone gives the same policy.
    const saved = join(dir, 'saved.yml');
    writeFileSync(saved, loaded.text);
    expect((await loadPolicy(saved)).policy).toEqual(loaded.policy);
    expect((await loadPolicy(saved)).sha256).toBe(loaded.sha256);
  });

  it('red team: a copy that keeps the preset’s id (reports would name the preset) is refused', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'p.yml'),
      'extends: msit-sovereign-ai-2025\nid: msit-sovereign-ai-2025\nthreshold: 0.1\n',
    );
    const problems = await problemsOf(join(dir, 'p.yml'));
    expect(problems.map((p) => [p.path, p.line])).toEqual([
      ['id', 2],
      ['title', 1],
    ]);
  });

  it('a problem in the preset part is reported in the extending file when it set the key, else in the base', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'base'));
    policyFile(join(dir, 'base'), (p) => p.licences.deny.push('X['), 'base.yml');
    writeFileSync(join(dir, 'p.yml'), 'extends: ./base/base.yml\nid: child\ntitle: Child\nthreshold: 5\n');
    const problems = await problemsOf(join(dir, 'p.yml'));
    expect(problems.map((p) => [p.file, p.path, p.line])).toEqual([
      [join(dir, 'p.yml'), 'threshold', 4],
      [join(dir, 'base', 'base.yml'), 'licences.deny[7]', expect.any(Number)],
    ]);
  });

  it('a loop of extends, and an unknown preset, are refused', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yml'), 'extends: ./b.yml\nid: a\ntitle: A\n');
    writeFileSync(join(dir, 'b.yml'), 'extends: ./a.yml\nid: b\ntitle: B\n');
    expect((await problemsOf(join(dir, 'a.yml')))[0]!.message).toMatch(/already in the chain \(a loop\)/);
    writeFileSync(join(dir, 'c.yml'), 'extends: msit-2024\nid: c\ntitle: C\n');
    expect((await problemsOf(join(dir, 'c.yml')))[0]).toMatchObject({
      file: join(dir, 'c.yml'),
      path: 'extends',
    });
  });

  it('`policy show` prints the merged policy and what it extends', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'p.yml'),
      'extends: osi-strict\nid: strict-local\ntitle: Local\nthreshold: 0.6\n',
    );
    const run = await runCli(['policy', 'show', 'p.yml', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const shown = JSON.parse(run.stdout);
    expect(shown).toMatchObject({
      id: 'strict-local',
      threshold: 0.6,
      availability: { 'gated-auto': 'not-public' },
    });
    expect(shown.extends).toEqual([join(process.cwd(), 'rules', 'osi-strict.yml')]);
  });

  it('the generated JSON Schema accepts the presets and a partial file that extends one', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(jsonSchemas()['policy.schema.json'] as object);
    for (const name of presetNames()) {
      expect(validate(parse(readFileSync(`rules/${name}.yml`, 'utf8'))), name).toBe(true);
    }
    expect(validate({ extends: 'osi-strict', id: 'x', title: 'X', licences: { deny: [] } })).toBe(true);
    expect(validate({ id: 'x', title: 'X', licences: { deny: [] } })).toBe(false);
  });
});
