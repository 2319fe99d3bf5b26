/**
 * Licence flags as data (issue 12): `binds-derivatives` (the licence's terms apply to derivatives and
 * fine-tunes, with the licence's own clause quoted) and `attribution`, for the model licences of
 * rules/licences/index.json and, from its `spdxFlags` table, for SPDX ids. The lineage stage reads
 * them through `bindsDerivatives` / the engine lookup; no preset denies them, so widening the flags
 * changes no verdict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { licenceEntries, licenceIndex, rulesDir, spdxData } from '../../src/detect/corpus.js';
import { defaultEngine } from '../../src/detect/engine.js';
import { bindsDerivatives, licenceInfo } from '../../src/detect/identify.js';
import { normalise } from '../../src/detect/normalise.js';
import { judgeLeaf, type LicenceLookup } from '../../src/policy/licences.js';
import { type LoadedPolicy, loadPolicy } from '../../src/policy/load.js';

const words = (text: string) => ` ${normalise(text).words.join(' ')} `;

describe("the clauses quoted are the licences' own words", () => {
  it.each(
    licenceEntries()
      .filter((e) => e.file && e.binds)
      .map((e) => [e.id, e] as const),
  )('%s quotes a clause of its text', (_id, e) => {
    const text = readFileSync(join(rulesDir(), e.file!), 'utf8');
    expect(words(text)).toContain(words(e.binds!));
  });

  it('every model licence flagged binds-derivatives quotes its clause (a family names its versions)', () => {
    for (const e of licenceEntries())
      if (e.flags.includes('binds-derivatives')) expect(e.binds, e.id).toBeTruthy();
  });

  const { data, ids } = spdxData();
  const rows = licenceIndex().spdxFlags ?? [];
  it.each(rows.filter((r) => r.binds).map((r) => [r.ids, r] as const))(
    'SPDX row %s: the clause stands in every text it matches',
    (_ids, row) => {
      const re = new RegExp(row.ids);
      const matched = [...ids].filter((id) => re.test(id) && data[id]?.licenseText);
      expect(matched.length).toBeGreaterThan(0);
      for (const id of matched) expect(words(data[id]!.licenseText), id).toContain(words(row.binds!));
    },
  );
});

describe('bindsDerivatives', () => {
  it.each([
    ['LicenseRef-llama3.1', 'Llama Materials (or any derivative works thereof)'],
    ['LicenseRef-gemma', 'Model Derivatives are subject to the use restrictions'],
    ['LicenseRef-qwen', 'Built with Qwen'],
    ['LicenseRef-tongyi-qianwen', 'derivative works a copy of this Agreement'],
    ['LicenseRef-bigscience-openrail-m', 'Use-based restrictions'],
    ['LicenseRef-creativeml-openrail-m', 'Use-based restrictions'],
    ['LicenseRef-deepseek', 'Use-based restrictions'],
    ['LicenseRef-falcon-2-11b', 'Acceptable Use Policy'],
    ['LicenseRef-stability-ai-community', 'Derivative Works'],
    ['LicenseRef-upstage-solar-license', 'Derivative AI Model'],
    ['LicenseRef-exaone-1.2-nc', 'Derivatives are used exclusively'],
    ['LicenseRef-hyperclovax-seed', 'Derivative Model are subject to the terms'],
    ['LicenseRef-chatglm-6b', 'create derivative works of the Software'],
    ['LicenseRef-codegeex4', '"CodeGeeX4" to the beginning of any such AI model name'],
    ['LicenseRef-cogvlm2', 'create derivative works of the Software'],
    ['LicenseRef-yi-2.1', 'modify the Yi Series Models to create Derivatives'],
    ['GPL-2.0-only', 'licensed as a whole at no charge'],
    ['GPL-3.0-or-later', 'license the entire work, as a whole'],
    ['AGPL-3.0-only', 'license the entire work, as a whole'],
    ['LGPL-2.1-only', 'whole of the work to be licensed'],
    ['CC-BY-SA-4.0', "The Adapter's License"],
    ['CC-BY-NC-4.0', 'NonCommercial purposes only'],
    ['CC-BY-NC-SA-3.0', 'Adaptation only under'],
    ['CC-BY-ND-3.0', 'no rights to make Adaptations'],
  ])('%s binds derivatives, quoting "%s"', (id, phrase) => {
    const b = bindsDerivatives(id);
    expect(b.binds).toBe(true);
    expect(b.known).toBe(true);
    expect(b.clause).toContain(phrase);
  });

  it.each([
    'MIT',
    'Apache-2.0',
    'BSD-3-Clause',
    'CC-BY-4.0',
    'CC0-1.0',
    'ISC',
    'LicenseRef-nemotron-open-model',
  ])('%s does not bind derivatives', (id) => {
    expect(bindsDerivatives(id)).toEqual({ binds: false, known: true });
  });

  it('reads an exception and "+" as their base licence', () => {
    expect(bindsDerivatives('GPL-2.0-only WITH Classpath-exception-2.0').binds).toBe(true);
    expect(bindsDerivatives('GPL-2.0+').binds).toBe(true);
  });

  it('answers a derived id as its base, and a family id with a note naming its versions', () => {
    expect(bindsDerivatives('LicenseRef-llama3.1-renamed')).toEqual(bindsDerivatives('LicenseRef-llama3.1'));
    expect(bindsDerivatives('LicenseRef-MIT-modified').binds).toBe(false);
    expect(bindsDerivatives('LicenseRef-yi-license').clause).toMatch(/^\(family/);
  });

  it('fails closed for an id nobody has read: it may bind, not established', () => {
    expect(bindsDerivatives('LicenseRef-someone-elses-model-licence')).toEqual({ binds: true, known: false });
  });

  it('passes the clause through the engine lookup the policy stage uses', () => {
    const looked = defaultEngine().lookup('LicenseRef-llama3.1');
    expect(looked?.flags).toContain('binds-derivatives');
    expect(looked?.binds).toBe(licenceInfo('LicenseRef-llama3.1')?.binds);
    expect(defaultEngine().lookup('MIT')).toEqual({ name: 'MIT License', flags: ['attribution'] });
  });

  it('marks attribution where a licence requires notices or credit', () => {
    for (const id of [
      'MIT',
      'Apache-2.0',
      'CC-BY-4.0',
      'CC-BY-3.0-DE',
      'GPL-3.0-only',
      'LicenseRef-llama3.1',
    ])
      expect(licenceInfo(id)?.flags, id).toContain('attribution');
    for (const id of ['CC0-1.0', 'Unlicense', '0BSD', 'MIT-0'])
      expect(licenceInfo(id)?.flags, id).not.toContain('attribution');
  });
});

describe('widening the flags changes no verdict', () => {
  let presets: LoadedPolicy[];
  beforeAll(async () => {
    presets = [await loadPolicy('msit-sovereign-ai-2025'), await loadPolicy('osi-strict')];
  });

  it('judges every known id as it would with only the two flags of before', () => {
    const engine = defaultEngine().lookup;
    const before: LicenceLookup = (id) => {
      const info = engine(id);
      return (
        info && { ...info, flags: info.flags.filter((f) => f === 'restricted-use' || f === 'non-commercial') }
      );
    };
    const { ids } = spdxData();
    const all = [
      ...ids,
      ...licenceEntries().map((e) => e.id),
      'LicenseRef-llama3.1-renamed',
      'LicenseRef-MIT-modified',
    ];
    for (const { policy } of presets) {
      expect(policy.licences.denyFlags).not.toContain('binds-derivatives');
      for (const id of all)
        expect(judgeLeaf(id, policy, engine).approved, `${policy.id}: ${id}`).toBe(
          judgeLeaf(id, policy, before).approved,
        );
    }
  });
});
