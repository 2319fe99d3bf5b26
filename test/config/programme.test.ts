import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProgramme } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import { programmeSchema } from '../../src/config/programme.js';
import { ConfigError } from '../../src/errors.js';
import { loadPolicy } from '../../src/policy/load.js';

const broken = `programme: Test
polcy: msit-sovereign-ai-2025
teams:
  - id: LG
    name: LG AI Research
    hugginface: [LGAI-EXAONE]
  - id: skt
    name: SK Telecom
    huggingface: skt
  - id: upstage
    name: Upstage
    models: ["https://example.invalid/not a model"]
    exclude: [{pattern: 1}]
`;

describe('programme file', () => {
  it('reports every problem at once, with path, line and fix', () => {
    const result = parseConfig({ file: 'openquota.yml', text: broken }, programmeSchema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'polcy',
        'teams[0].hugginface',
        'teams[0].id',
        'teams[1].huggingface',
        'teams[2].exclude[0]',
        'teams[2].models[0]',
      ].sort(),
    );
    expect(byPath.polcy).toMatchObject({ line: 2, fix: 'did you mean "policy"?' });
    expect(byPath['teams[0].hugginface']).toMatchObject({ line: 6, fix: 'did you mean "huggingface"?' });
    expect(byPath['teams[1].huggingface']?.message).toBe('expected array, got string');
    expect(byPath['teams[1].huggingface']?.line).toBe(9);
    expect(byPath['teams[0].id']?.message).toMatch(/lower-case/);
    for (const p of result.problems) expect(p.file).toBe('openquota.yml');
  });

  it('refuses duplicate team ids and teams with nothing to scan', () => {
    const text = `programme: T
teams:
  - {id: a, name: A, huggingface: [x]}
  - {id: a, name: A again, huggingface: [y]}
  - {id: b, name: B}
`;
    const result = parseConfig({ file: 'p.yml', text }, programmeSchema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['teams[1].id', 'teams[2]']);
    expect(result.problems[0]?.message).toMatch(/already used by teams\[0\]/);
  });

  it('reads YAML and JSON alike, with defaults filled in', () => {
    const json = JSON.stringify({ programme: 'T', teams: [{ id: 'a', name: 'A', huggingface: ['x'] }] });
    const result = parseConfig({ file: 'p.json', text: json }, programmeSchema);
    expect(result.ok && result.value).toMatchObject({
      policy: 'msit-sovereign-ai-2025',
      teams: [{ id: 'a', github: [], git: [], models: [], exclude: [] }],
    });
  });

  it('names the file when it is missing or not YAML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oq-'));
    await expect(loadProgramme(join(dir, 'nope.yml'))).rejects.toThrow(/nope\.yml.*does not exist/s);
    writeFileSync(join(dir, 'bad.yml'), 'teams: [\n');
    const error = await loadProgramme(join(dir, 'bad.yml')).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems[0]?.message).toMatch(/not valid YAML/);
  });
});

describe('policy', () => {
  it('loads both presets', async () => {
    expect((await loadPolicy('msit-sovereign-ai-2025')).policy.threshold).toBe(0.5);
    expect((await loadPolicy('osi-strict')).policy.availability['gated-auto']).toBe('not-public');
  });

  it('an unknown name lists the presets', async () => {
    const error = (await loadPolicy('msit-2024').catch((e) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.problems[0]?.fix).toMatch(/msit-sovereign-ai-2025.*osi-strict/);
  });

  it('a malformed policy file reports each bad field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oq-'));
    writeFileSync(
      join(dir, 'p.yml'),
      'id: x\ntitle: X\nthreshold: 2\navailability: {gated-auto: maybe, gated-manual: public}\n',
    );
    const error = (await loadPolicy(join(dir, 'p.yml')).catch((e) => e)) as ConfigError;
    expect(error.problems.map((p) => p.path).sort()).toEqual([
      'availability.gated-auto',
      'licences',
      'threshold',
      'weights',
    ]);
  });
});
