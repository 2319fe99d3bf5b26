import { createHash } from 'node:crypto';
import { Enums, Models, Serialize, Spec } from '@cyclonedx/cyclonedx-library';
import { parseExpression } from '../spdx/expression.js';
import { isSpdxId } from '../spdx/ids.js';
import type { ModelResult, Report, TeamResult } from '../types.js';
import { releaseUrl, revisionUrl, safeWebUrl } from './html-escape.js';

const REPO_ID = /^([A-Za-z0-9][A-Za-z0-9._-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;
const SHA = /^[0-9a-f]{7,64}$/i;

/**
 * Package URL of a release pinned to its revision: `pkg:huggingface/<org>/<name>@<sha>` (org and
 * name case-sensitive, sha lowercased, per the purl huggingface type) or `pkg:github/…` (lowercased).
 */
export function purlOf(model: Pick<ModelResult, 'source' | 'id' | 'revision'>): string | undefined {
  const parts = REPO_ID.exec(model.id);
  if (!parts || !model.revision || !SHA.test(model.revision)) return undefined;
  const [, owner, name] = parts as unknown as [string, string, string];
  const version = model.revision.toLowerCase();
  const enc = encodeURIComponent;
  if (model.source === 'huggingface') return `pkg:huggingface/${enc(owner)}/${enc(name)}@${version}`;
  if (model.source === 'github')
    return `pkg:github/${enc(owner.toLowerCase())}/${enc(name.toLowerCase())}@${version}`;
  return undefined;
}

// Thousands of releases share a few licence expressions: each is parsed once per process.
function parsedExpression(value: string): ReturnType<typeof parseExpression> {
  let parsed = PARSED.get(value);
  if (!parsed) {
    parsed = parseExpression(value);
    PARSED.set(value, parsed);
  }
  return parsed;
}

const PARSED = new Map<string, ReturnType<typeof parseExpression>>();

/**
 * One licence choice, as CycloneDX means it: a current SPDX id as `license.id`; any other valid
 * SPDX expression, a `LicenseRef-*` id alone included (`LicenseRef-llama3.1`,
 * `LicenseRef-MIT-modified`), as `expression`, which is where SPDX puts such ids; only what is no
 * SPDX expression at all (a free-text name from a model card) as `license.name`.
 */
function licenceOf(value: string, acknowledgement: Enums.LicenseAcknowledgement): Models.License {
  const parsed = parsedExpression(value);
  if (!parsed.ok) return new Models.NamedLicense(value, { acknowledgement });
  if (isSpdxId(parsed.expression)) return new Models.SpdxLicense(parsed.expression, { acknowledgement });
  const expression = new Models.LicenseExpression(parsed.expression);
  expression.acknowledgement = acknowledgement;
  return expression;
}

/**
 * What the component is: a model release is a `machine-learning-model`; a code repository listed
 * beside the models (`kind: code`) is an `application`; a repository excluded for holding no
 * weights that is not code (a Hub repo of configs or tokenizer files) is `data`. A release whose
 * files could not be read stays a model: that it might hold none is not established.
 */
export function componentTypeOf(
  model: Pick<ModelResult, 'kind' | 'verdict' | 'reasons'>,
): Enums.ComponentType {
  if (model.kind === 'code') return Enums.ComponentType.Application;
  const noWeights = model.verdict === 'excluded' && model.reasons.some((f) => f.code === 'NO_WEIGHTS');
  return noWeights ? Enums.ComponentType.Data : Enums.ComponentType.MachineLearningModel;
}

/**
 * The licences of a release: the judged expression as `concluded`, and the declared one as
 * `declared` when it differs. CycloneDX allows several licences or one expression, not both, so
 * with an expression only the concluded one is listed (the declared one stays in properties).
 */
function licences(model: ModelResult): Models.License[] {
  const { declared, expression } = model.licence;
  const concluded = expression ? licenceOf(expression, Enums.LicenseAcknowledgement.Concluded) : undefined;
  const stated = declared ? licenceOf(declared, Enums.LicenseAcknowledgement.Declared) : undefined;
  if (concluded && stated && declared !== expression) {
    const single = (l: Models.License) => !(l instanceof Models.LicenseExpression);
    return single(concluded) && single(stated) ? [concluded, stated] : [concluded];
  }
  return [concluded ?? stated].filter((l): l is Models.License => l !== undefined);
}

function property(name: string, value: string | number | boolean | null): Models.Property {
  return new Models.Property(name, value === null ? 'unknown' : String(value));
}

function component(team: TeamResult, model: ModelResult): Models.Component {
  const parts = REPO_ID.exec(model.id);
  const refs = new Models.ExternalReferenceRepository();
  const page = releaseUrl(model);
  if (page) refs.add(new Models.ExternalReference(page, Enums.ExternalReferenceType.Website));
  const atRevision = revisionUrl(model);
  if (atRevision)
    refs.add(
      new Models.ExternalReference(atRevision, Enums.ExternalReferenceType.VCS, {
        comment: 'at the evaluated revision',
      }),
    );
  // The code repositories linked with the model, as version-control references with their licence.
  const urlKey = (url: string) => url.toLowerCase().replace(/(\.git)?\/?$/, '');
  const codeUrls = new Set<string>();
  for (const c of model.code ?? []) {
    const url = releaseUrl(c);
    if (!url || codeUrls.has(urlKey(url))) continue;
    codeUrls.add(urlKey(url));
    refs.add(
      new Models.ExternalReference(url, Enums.ExternalReferenceType.VCS, {
        comment: `linked code repository; licence: ${c.licence ?? 'not established'}`,
      }),
    );
  }
  // A link already listed as a code repository is not repeated.
  for (const link of (model.links ?? []).map(safeWebUrl))
    if (link && !codeUrls.has(urlKey(link)))
      refs.add(
        new Models.ExternalReference(link, Enums.ExternalReferenceType.Other, {
          comment: 'linked from metadata',
        }),
      );
  const props = new Models.PropertyRepository([
    property('openquota:team', team.id),
    property('openquota:source', model.source),
    property('openquota:verdict', model.verdict),
    ...(model.kind ? [property('openquota:kind', model.kind)] : []),
    property('openquota:availability', model.availability),
    property('openquota:declared-in-programme', model.declared),
    property('openquota:origin', model.origin),
    property('openquota:licence:declared', model.licence.declared),
    property('openquota:licence:detected', model.licence.detected),
    property('openquota:licence:expression', model.licence.expression),
    property('openquota:licence:approved', model.licence.approved),
    ...model.reasons.map((f) => property('openquota:finding', `${f.code} (${f.severity}): ${f.message}`)),
  ]);
  return new Models.Component(componentTypeOf(model), parts ? parts[2]! : model.id, {
    bomRef: `${team.id}:${model.source}:${model.id}`,
    ...(parts && model.source !== 'git' && model.source !== 'local' ? { group: parts[1]! } : {}),
    ...(model.revision ? { version: model.revision } : {}),
    ...(purlOf(model) ? { purl: purlOf(model)! } : {}),
    licenses: new Models.LicenseRepository(licences(model)),
    externalReferences: refs,
    properties: props,
  });
}

/** A stable serial number: the same report always gives the same BOM (urn:uuid from its sha256). */
function serialNumber(report: Report): string {
  const hex = createHash('sha256').update(JSON.stringify(report)).digest('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The CycloneDX 1.6 ML-BOM: one component per release (counted and excluded alike), typed by
 * componentTypeOf, with licences, revision, purl, links and openquota's judgement as properties.
 * The library has no model-card model yet, so `modelCard` (parameter count) is added to its
 * normalised JSON; the result is checked against the 1.6 schema in test/report/cyclonedx.test.ts.
 */
export function renderCycloneDx(report: Report): string {
  const bom = new Models.Bom({ serialNumber: serialNumber(report) });
  bom.metadata.timestamp = new Date(report.generatedAt);
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'openquota', { version: report.tool.version }),
  );
  for (const [name, value] of [
    ['openquota:programme', report.programme.title],
    ['openquota:programme:sha256', report.programme.sha256],
    ['openquota:policy', report.policy.id],
    ['openquota:policy:sha256', report.policy.sha256],
    ['openquota:threshold', report.policy.threshold],
    ['openquota:status', report.status],
  ] as const)
    bom.metadata.properties.add(property(name, value));
  const releases: { ref: string; parameters: number | null }[] = [];
  for (const team of report.teams) {
    for (const model of team.models) {
      const c = component(team, model);
      bom.components.add(c);
      // A model card belongs to a model only.
      if (c.type === Enums.ComponentType.MachineLearningModel)
        releases.push({ ref: c.bomRef.value!, parameters: model.parameters });
    }
  }
  const normalized = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)
    .makeForBom()
    .normalize(bom, { sortLists: false }) as { components?: { 'bom-ref'?: string; modelCard?: unknown }[] };
  const parameters = new Map(releases.map((r) => [r.ref, r.parameters]));
  for (const c of normalized.components ?? []) {
    const n = parameters.get(c['bom-ref'] ?? '');
    if (n !== undefined && n !== null)
      c.modelCard = { properties: [{ name: 'openquota:parameters', value: String(n) }] };
  }
  return `${JSON.stringify(normalized, null, 2)}\n`;
}
