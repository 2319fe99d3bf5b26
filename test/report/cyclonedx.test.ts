import { Enums, Models, Serialize, Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import {
  type ComponentFacts,
  componentFacts,
  componentJson,
  componentModel,
  componentTypeOf,
  purlOf,
  renderCycloneDx,
} from '../../src/report/cyclonedx.js';
import type { Report } from '../../src/types.js';
import { expectGolden, fixtureReport } from './golden.js';

// The strict validator also rejects properties the 1.6 schema does not define (e.g. a bad modelCard).
const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);

interface Component {
  type: string;
  name: string;
  group?: string;
  version?: string;
  purl?: string;
  'bom-ref': string;
  licenses?: { license?: { id?: string; name?: string; acknowledgement?: string }; expression?: string }[];
  externalReferences?: { url: string; type: string }[];
  properties?: { name: string; value: string }[];
  modelCard?: { properties: { name: string; value: string }[] };
}

describe('CycloneDX ML-BOM', () => {
  it('matches the golden BOM', () => {
    expectGolden('bom.cdx.json', renderCycloneDx(fixtureReport('round-1')));
  });

  it('has a serial number of its own content: the same BOM the same, any change a new one', () => {
    const serial = (report: Report) =>
      (JSON.parse(renderCycloneDx(report)) as { serialNumber: string }).serialNumber;
    const report = fixtureReport('round-1');
    const first = serial(report);
    expect(first).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first).not.toBe('urn:uuid:00000000-0000-5000-8000-000000000000');
    expect(serial(fixtureReport('round-1'))).toBe(first);
    // One licence changed in one component, and the report's status alone (metadata): each a new BOM.
    const changed = structuredClone(report);
    const model = changed.teams[0]!.models[0]!;
    model.licence.expression = 'LicenseRef-changed';
    expect(serial(changed)).not.toBe(first);
    const status = structuredClone(report);
    status.status = status.status === 'pass' ? 'fail' : 'pass';
    expect(serial(status)).not.toBe(first);
    expect(serial(fixtureReport('round-2'))).not.toBe(first);
  });

  it('is valid against the CycloneDX 1.6 JSON schema, for both rounds', async () => {
    for (const round of ['round-1', 'round-2'] as const) {
      expect(await validator.validate(renderCycloneDx(fixtureReport(round)))).toBeNull();
    }
  });

  it('the validator does reject a broken BOM (so the test above means something)', async () => {
    const bom = JSON.parse(renderCycloneDx(fixtureReport('round-1')));
    bom.components[0].modelCard = { parameters: 1 };
    expect(await validator.validate(JSON.stringify(bom))).not.toBeNull();
  });

  it('has one component per release, typed as what it is, with licences, purl, links and verdict', () => {
    const report = fixtureReport('round-1');
    const bom = JSON.parse(renderCycloneDx(report)) as { components: Component[] };
    const releases = report.teams.flatMap((t) => t.models);
    expect(bom.components).toHaveLength(releases.length);
    for (const [i, model] of releases.entries()) {
      const expected = model.kind === 'code' ? 'application' : 'machine-learning-model';
      expect(bom.components[i]!.type, model.id).toBe(
        model.reasons.some((f) => f.code === 'NO_WEIGHTS') && model.kind !== 'code' ? 'data' : expected,
      );
    }
    expect(bom.components.filter((c) => c.type === 'application').length).toBeGreaterThan(0);
    const byRef = (ref: string) => bom.components.find((c) => c['bom-ref'] === ref)!;

    const exaone = byRef('lg-ai-research:huggingface:LGAI-EXAONE/EXAONE-4.0-32B');
    const sha = releases[0]!.revision!;
    expect(exaone).toMatchObject({ group: 'LGAI-EXAONE', name: 'EXAONE-4.0-32B', version: sha });
    expect(exaone.purl).toBe(`pkg:huggingface/LGAI-EXAONE/EXAONE-4.0-32B@${sha}`);
    // A LicenseRef id is an SPDX expression, not a licence name; one expression is all CycloneDX
    // allows, so the declared one stays in the properties.
    expect(exaone.licenses).toEqual([
      { expression: 'LicenseRef-exaone-1.2-nc', acknowledgement: 'concluded' },
    ]);
    expect(exaone.properties).toContainEqual({
      name: 'openquota:licence:declared',
      value: 'LicenseRef-exaone',
    });
    expect(exaone.externalReferences).toContainEqual({
      url: `https://huggingface.co/LGAI-EXAONE/EXAONE-4.0-32B/tree/${sha}`,
      type: 'vcs',
      comment: 'at the evaluated revision',
    });
    expect(exaone.properties).toContainEqual({ name: 'openquota:verdict', value: 'non-compliant' });
    expect(exaone.properties).toContainEqual({ name: 'openquota:availability', value: 'public' });
    expect(exaone.modelCard).toEqual({
      properties: [{ name: 'openquota:parameters', value: '32003200768' }],
    });

    const apache = byRef('upstage:huggingface:upstage/SOLAR-10.7B-v1.0');
    expect(apache.licenses).toEqual([{ license: { id: 'Apache-2.0', acknowledgement: 'concluded' } }]);

    const excluded = byRef('lg-ai-research:huggingface:LGAI-EXAONE/EXAONE-4.0-32B-GGUF');
    expect(excluded.properties).toContainEqual({ name: 'openquota:verdict', value: 'excluded' });
    expect(excluded.modelCard).toBeUndefined();

    const failed = byRef('naver-cloud:huggingface:naver-hyperclovax/HyperCLOVAX-SEED-Vision-Instruct-3B');
    expect(failed.version).toBeUndefined();
    expect(failed.purl).toBeUndefined();
    expect(failed.properties).toContainEqual({ name: 'openquota:availability', value: 'unknown' });

    // The linked code repository is a version-control reference with its licence, listed once.
    const code = {
      url: 'https://github.com/LG-AI-EXAONE/EXAONE-4.0',
      type: 'vcs',
      comment: 'linked code repository; licence: Apache-2.0',
    };
    expect(exaone.externalReferences).toContainEqual(code);
    expect(exaone.externalReferences!.filter((r) => r.url === code.url)).toHaveLength(1);
    expect(byRef('lg-ai-research:huggingface:LGAI-EXAONE/EXAONE-4.0-1.2B').externalReferences).toContainEqual(
      code,
    );
    const repo = byRef('lg-ai-research:github:LG-AI-EXAONE/EXAONE-4.0');
    expect(repo.type).toBe('application');
    expect(repo.modelCard).toBeUndefined();
    expect(repo.properties).toContainEqual({ name: 'openquota:kind', value: 'code' });
    expect(repo.properties).toContainEqual({ name: 'openquota:verdict', value: 'excluded' });

    const github = byRef('naver-cloud:github:NAVER-Cloud/clova-asr-ko');
    expect(github.purl).toMatch(/^pkg:github\/naver-cloud\/clova-asr-ko@[0-9a-f]{40}$/);
  });

  it('writes compound expressions as one expression', async () => {
    const report = fixtureReport('round-1');
    const model = report.teams[1]!.models[0]!;
    model.licence.expression = 'Apache-2.0 OR MIT';
    model.licence.declared = 'MIT';
    const bom = JSON.parse(renderCycloneDx(report)) as { components: Component[] };
    expect(bom.components.find((c) => c.name === 'SOLAR-10.7B-v1.0')!.licenses).toEqual([
      { expression: 'Apache-2.0 OR MIT', acknowledgement: 'concluded' },
    ]);
    expect(await validator.validate(JSON.stringify(bom))).toBeNull();
  });

  it('writes a LicenseRef id or a modified/renamed variant as an expression; a free-text name as a name', async () => {
    const report = fixtureReport('round-1');
    const model = report.teams[1]!.models[0]!;
    for (const [value, expected] of [
      ['LicenseRef-MIT-modified', { expression: 'LicenseRef-MIT-modified', acknowledgement: 'concluded' }],
      [
        'LicenseRef-llama3.1-renamed',
        { expression: 'LicenseRef-llama3.1-renamed', acknowledgement: 'concluded' },
      ],
      ['MIT', { license: { id: 'MIT', acknowledgement: 'concluded' } }],
      ['mit', { license: { id: 'MIT', acknowledgement: 'concluded' } }],
      [
        'Llama 3.1 Community License',
        { license: { name: 'Llama 3.1 Community License', acknowledgement: 'concluded' } },
      ],
    ] as const) {
      model.licence.expression = value;
      model.licence.declared = null;
      const bom = JSON.parse(renderCycloneDx(report)) as { components: Component[] };
      expect(bom.components.find((c) => c.name === 'SOLAR-10.7B-v1.0')!.licenses, value).toEqual([expected]);
      expect(await validator.validate(JSON.stringify(bom)), value).toBeNull();
    }
  });

  it('types a component by what it is: code is an application, a weightless Hub repo data, the rest models', () => {
    const noWeights = [{ code: 'NO_WEIGHTS' as const, severity: 'info' as const, message: 'no weights' }];
    expect(componentTypeOf({ kind: 'code', verdict: 'excluded', reasons: noWeights })).toBe('application');
    expect(componentTypeOf({ verdict: 'excluded', reasons: noWeights })).toBe('data');
    expect(componentTypeOf({ verdict: 'compliant', reasons: [] })).toBe('machine-learning-model');
    // Files that could not be listed: whether weights are there is unknown, so it stays a model.
    const unknown = [
      { code: 'FILES_UNKNOWN' as const, severity: 'warning' as const, message: 'tree cut short' },
    ];
    expect(componentTypeOf({ verdict: 'unknown', reasons: unknown })).toBe('machine-learning-model');
  });

  it('builds purls only for pinned Hub and GitHub ids', () => {
    expect(purlOf({ source: 'huggingface', id: 'skt/A.X-4.0', revision: 'ABCDEF1234567' })).toBe(
      'pkg:huggingface/skt/A.X-4.0@abcdef1234567',
    );
    expect(purlOf({ source: 'huggingface', id: 'skt/A.X-4.0', revision: null })).toBeUndefined();
    expect(purlOf({ source: 'git', id: 'https://example.org/x.git', revision: 'abcdef1' })).toBeUndefined();
  });

  // renderCycloneDx writes components itself (componentJson) and the BOM's text a run of them at a
  // time; the library's normaliser over its own models, the whole BOM at once, is the reference.
  const factory = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6);
  const viaLibrary = (facts: ComponentFacts) =>
    JSON.stringify(factory.makeForComponent().normalize(componentModel(facts), { sortLists: false }));

  /** The BOM as the library alone writes it: every component a model, normalised together. */
  function libraryBom(report: Report): string {
    const expected = JSON.parse(renderCycloneDx(report)) as { serialNumber: string; metadata: unknown };
    const bom = new Models.Bom({ serialNumber: expected.serialNumber });
    bom.metadata.timestamp = new Date(report.generatedAt);
    bom.metadata.tools.components.add(
      new Models.Component(Enums.ComponentType.Application, 'openquota', { version: report.tool.version }),
    );
    const normalisedMetadata = JSON.parse(JSON.stringify(expected.metadata)) as {
      properties: { name: string; value: string }[];
    };
    for (const p of normalisedMetadata.properties)
      bom.metadata.properties.add(new Models.Property(p.name, p.value));
    const cards = new Map<string, number | null>();
    for (const team of report.teams)
      for (const model of team.models) {
        const facts = componentFacts(team, model);
        bom.components.add(componentModel(facts));
        if (facts.type === Enums.ComponentType.MachineLearningModel)
          cards.set(facts.bomRef, model.parameters);
      }
    const normalised = factory.makeForBom().normalize(bom, { sortLists: false }) as {
      components: { 'bom-ref'?: string; modelCard?: unknown }[];
    };
    for (const c of normalised.components) {
      const n = cards.get(c['bom-ref'] ?? '');
      if (n !== undefined && n !== null)
        c.modelCard = { properties: [{ name: 'openquota:parameters', value: String(n) }] };
    }
    return `${JSON.stringify(normalised, null, 2)}\n`;
  }

  it('writes each component as the library normalises it', () => {
    for (const round of ['round-1', 'round-2'] as const) {
      const report = fixtureReport(round);
      for (const team of report.teams)
        for (const model of team.models) {
          const facts = componentFacts(team, model);
          expect(JSON.stringify(componentJson(facts)), model.id).toBe(viaLibrary(facts));
        }
    }
    const base = componentFacts(
      fixtureReport('round-1').teams[0]!,
      fixtureReport('round-1').teams[0]!.models[0]!,
    );
    const odd: ComponentFacts[] = [
      {
        ...base,
        group: '',
        version: '',
        references: [
          { url: `https://example.org/a b"c'd[e]f<g>h{i}j  k`, type: Enums.ExternalReferenceType.Website },
          { url: 'https://example.org/x', type: Enums.ExternalReferenceType.Other, comment: '' },
        ],
        properties: [],
      },
      {
        ...base,
        licences: [
          {
            kind: 'id',
            value: 'Not-An-SPDX-Id-1.0',
            acknowledgement: Enums.LicenseAcknowledgement.Concluded,
          },
          { kind: 'name', value: 'My licence', acknowledgement: Enums.LicenseAcknowledgement.Declared },
        ],
      },
      {
        ...base,
        licences: [
          { kind: 'id', value: 'MIT', acknowledgement: Enums.LicenseAcknowledgement.Concluded },
          {
            kind: 'expression',
            value: 'MIT OR Apache-2.0',
            acknowledgement: Enums.LicenseAcknowledgement.Declared,
          },
          {
            kind: 'expression',
            value: 'LicenseRef-x',
            acknowledgement: Enums.LicenseAcknowledgement.Declared,
          },
        ],
      },
      { ...base, licences: [], references: [], bomRef: '', type: Enums.ComponentType.Data },
    ];
    for (const facts of odd) expect(JSON.stringify(componentJson(facts))).toBe(viaLibrary(facts));
  });

  it('writes the BOM the library writes: fixtures, no release, shared bom-refs, a release of each kind', () => {
    const round1 = fixtureReport('round-1');
    expect(renderCycloneDx(round1)).toBe(libraryBom(round1));
    const round2 = fixtureReport('round-2');
    expect(renderCycloneDx(round2)).toBe(libraryBom(round2));
    const empty: Report = { ...round1, teams: round1.teams.map((t) => ({ ...t, models: [] })) };
    expect(renderCycloneDx(empty)).toBe(libraryBom(empty));
    // Several hundred releases (more than one run of components), two teams listing one release.
    const many: Report = {
      ...round1,
      teams: [
        ...round1.teams,
        ...Array.from({ length: 40 }, (_, i) => ({
          ...round1.teams[i % round1.teams.length]!,
          id: `copy-${i % 3}`,
        })),
      ],
    };
    expect(many.teams.reduce((n, t) => n + t.models.length, 0)).toBeGreaterThan(200);
    expect(renderCycloneDx(many)).toBe(libraryBom(many));
  });
});
