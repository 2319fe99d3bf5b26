import { createHash } from 'node:crypto';
// The library's parts by their own entry points, not its index: a run then loads no validators,
// Contrib helpers or other parts the BOM does not use.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
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

/** One licence choice: its kind, as licenceChoice decides it, and how it is known. */
export interface LicenceChoice {
  kind: 'id' | 'expression' | 'name';
  value: string;
  acknowledgement: Enums.LicenseAcknowledgement;
}

/**
 * One licence choice, as CycloneDX means it: a current SPDX id as `license.id`; any other valid
 * SPDX expression, a `LicenseRef-*` id alone included (`LicenseRef-llama3.1`,
 * `LicenseRef-MIT-modified`), as `expression`, which is where SPDX puts such ids; only what is no
 * SPDX expression at all (a free-text name from a model card) as `license.name`.
 */
function licenceChoice(value: string, acknowledgement: Enums.LicenseAcknowledgement): LicenceChoice {
  const parsed = parsedExpression(value);
  if (!parsed.ok) return { kind: 'name', value, acknowledgement };
  if (isSpdxId(parsed.expression)) return { kind: 'id', value: parsed.expression, acknowledgement };
  return { kind: 'expression', value: parsed.expression, acknowledgement };
}

/** A licence choice as the library's model. */
function licenceModel(choice: LicenceChoice): Models.License {
  const { kind, value, acknowledgement } = choice;
  if (kind === 'name') return new Models.NamedLicense(value, { acknowledgement });
  if (kind === 'id') return new Models.SpdxLicense(value, { acknowledgement });
  const expression = new Models.LicenseExpression(value);
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
function licences(model: ModelResult): LicenceChoice[] {
  const { declared, expression } = model.licence;
  const concluded = expression
    ? licenceChoice(expression, Enums.LicenseAcknowledgement.Concluded)
    : undefined;
  const stated = declared ? licenceChoice(declared, Enums.LicenseAcknowledgement.Declared) : undefined;
  if (concluded && stated && declared !== expression) {
    const single = (l: LicenceChoice) => l.kind !== 'expression';
    return single(concluded) && single(stated) ? [concluded, stated] : [concluded];
  }
  return [concluded ?? stated].filter((l): l is LicenceChoice => l !== undefined);
}

function property(name: string, value: string | number | boolean | null): Models.Property {
  return new Models.Property(name, propertyValue(value));
}

function propertyValue(value: string | number | boolean | null): string {
  return value === null ? 'unknown' : String(value);
}

/** What the BOM says of one release: the fields of its component, before any CycloneDX encoding. */
export interface ComponentFacts {
  type: Enums.ComponentType;
  name: string;
  group?: string;
  version?: string;
  bomRef: string;
  purl?: string;
  licences: LicenceChoice[];
  references: { url: string; type: Enums.ExternalReferenceType; comment?: string }[];
  properties: { name: string; value: string }[];
}

/** The component of one release (componentJson writes it; componentModel is the library's model of it). */
export function componentFacts(team: TeamResult, model: ModelResult): ComponentFacts {
  const parts = REPO_ID.exec(model.id);
  const references: ComponentFacts['references'] = [];
  const page = releaseUrl(model);
  if (page) references.push({ url: page, type: Enums.ExternalReferenceType.Website });
  const atRevision = revisionUrl(model);
  if (atRevision)
    references.push({
      url: atRevision,
      type: Enums.ExternalReferenceType.VCS,
      comment: 'at the evaluated revision',
    });
  // The code repositories linked with the model, as version-control references with their licence.
  const urlKey = (url: string) => url.toLowerCase().replace(/(\.git)?\/?$/, '');
  const codeUrls = new Set<string>();
  for (const c of model.code ?? []) {
    const url = releaseUrl(c);
    if (!url || codeUrls.has(urlKey(url))) continue;
    codeUrls.add(urlKey(url));
    references.push({
      url,
      type: Enums.ExternalReferenceType.VCS,
      comment: `linked code repository; licence: ${c.licence ?? 'not established'}`,
    });
  }
  // A link already listed as a code repository is not repeated.
  for (const link of (model.links ?? []).map(safeWebUrl))
    if (link && !codeUrls.has(urlKey(link)))
      references.push({
        url: link,
        type: Enums.ExternalReferenceType.Other,
        comment: 'linked from metadata',
      });
  const properties: [string, string | number | boolean | null][] = [
    ['openquota:team', team.id],
    ['openquota:source', model.source],
    ['openquota:verdict', model.verdict],
    ...(model.kind ? [['openquota:kind', model.kind] as [string, string]] : []),
    ['openquota:availability', model.availability],
    ['openquota:declared-in-programme', model.declared],
    ['openquota:origin', model.origin],
    ['openquota:licence:declared', model.licence.declared],
    ['openquota:licence:detected', model.licence.detected],
    ['openquota:licence:expression', model.licence.expression],
    ['openquota:licence:approved', model.licence.approved],
    ...model.reasons.map((f): [string, string] => [
      'openquota:finding',
      `${f.code} (${f.severity}): ${f.message}`,
    ]),
  ];
  const purl = purlOf(model);
  return {
    type: componentTypeOf(model),
    name: parts ? parts[2]! : model.id,
    ...(parts && model.source !== 'git' && model.source !== 'local' ? { group: parts[1]! } : {}),
    ...(model.revision ? { version: model.revision } : {}),
    bomRef: bomRefOf(team, model),
    ...(purl ? { purl } : {}),
    licences: licences(model),
    references,
    properties: properties.map(([name, value]) => ({ name, value: propertyValue(value) })),
  };
}

/** A component as the library's model: what its normaliser turns into what componentJson writes. */
export function componentModel(facts: ComponentFacts): Models.Component {
  const refs = new Models.ExternalReferenceRepository();
  for (const r of facts.references)
    refs.add(
      new Models.ExternalReference(r.url, r.type, r.comment === undefined ? {} : { comment: r.comment }),
    );
  return new Models.Component(facts.type, facts.name, {
    bomRef: facts.bomRef,
    ...(facts.group === undefined ? {} : { group: facts.group }),
    ...(facts.version === undefined ? {} : { version: facts.version }),
    ...(facts.purl === undefined ? {} : { purl: facts.purl }),
    licenses: new Models.LicenseRepository(facts.licences.map(licenceModel)),
    externalReferences: refs,
    properties: new Models.PropertyRepository(
      facts.properties.map((p) => new Models.Property(p.name, p.value)),
    ),
  });
}

const SPEC = Spec.Spec1dot6;

// The library's URI escaping (its _helpers/uri.js, not exported), applied to each reference's URL.
const URI_ESCAPES: [RegExp, string][] = [
  [/ /g, '%20'],
  [/"/g, '%22'],
  [/'/g, '%27'],
  [/\[/g, '%5B'],
  [/]/g, '%5D'],
  [/</g, '%3C'],
  [/>/g, '%3E'],
  [/\{/g, '%7B'],
  [/}/g, '%7D'],
];

function escapeUri(url: string): string {
  if (!/[ "'[\]<>{}]/.test(url)) return url;
  let out = url;
  for (const [re, to] of URI_ESCAPES) out = out.replace(re, to);
  return out;
}

/** A licence choice as the library's JSON normaliser writes it (an SPDX id it does not know is a name, bare). */
function licenceJson(choice: LicenceChoice): object {
  const ack = SPEC.supportsLicenseAcknowledgement ? { acknowledgement: choice.acknowledgement } : {};
  if (choice.kind === 'expression') return { expression: choice.value, ...ack };
  if (choice.kind === 'id')
    return SPDX.isSupportedSpdxId(choice.value)
      ? { license: { id: choice.value, ...ack } }
      : { license: { name: choice.value } };
  return { license: { name: choice.value, ...ack } };
}

/**
 * A component as the library's JSON normaliser (1.6, lists unsorted) writes componentModel(facts),
 * field for field and in its order, without building the model: test/report/cyclonedx.test.ts
 * holds the two equal. Undefined when the spec has no such component type.
 */
export function componentJson(facts: ComponentFacts): Record<string, unknown> | undefined {
  if (!SPEC.supportsComponentType(facts.type)) return undefined;
  const version = facts.version ?? '';
  const licenceList = facts.licences;
  // The library lists one expression alone when there are several licences and one is an expression.
  const expression = licenceList.length > 1 ? licenceList.find((l) => l.kind === 'expression') : undefined;
  // As the library writes it: every field in its place, undefined where absent (JSON leaves it out).
  return {
    type: facts.type,
    name: facts.name,
    group: facts.group || undefined,
    version: version.length > 0 || SPEC.requiresComponentVersion ? version : undefined,
    'bom-ref': facts.bomRef || undefined,
    licenses:
      licenceList.length > 0
        ? expression
          ? [licenceJson(expression)]
          : licenceList.map(licenceJson)
        : undefined,
    purl: facts.purl,
    externalReferences:
      facts.references.length > 0
        ? facts.references
            .filter((r) => SPEC.supportsExternalReferenceType(r.type))
            .map((r) => ({ url: escapeUri(r.url), type: r.type, comment: r.comment || undefined }))
        : undefined,
    properties: facts.properties.length > 0 ? facts.properties : undefined,
  };
}

// Where the serial number goes while the rest of the BOM is written: it is a hash of that rest.
const SERIAL_PLACEHOLDER = 'urn:uuid:00000000-0000-5000-8000-000000000000';

/**
 * A stable serial number: the same BOM always has the same one (urn:uuid from the sha256 of its
 * fields as written, the placeholder in its own place). Hashing the BOM's own text, not the report's JSON,
 * spares a second serialisation of the whole report (34 ms of 0.5 s at 8,400 releases).
 */
function serialNumber(fields: string[]): string {
  const hash = createHash('sha256');
  // Each field's UTF-8 bytes, encoded at once: update(string) took twice as long on long texts.
  for (const field of fields) hash.update(Buffer.from(field, 'utf8'));
  const hex = hash.digest('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The items of an array nested at depth 1 (the BOM's `components`), as `JSON.stringify(bom, null, 2)`
 * writes them there, joined by the `,` and line break between two: the text between `[` and `]`
 * of `[[...items]]` written alone, which indents them alike.
 */
function itemsText(items: unknown[]): string {
  const text = JSON.stringify([items], null, 2);
  return text.slice('[\n  [\n    '.length, -'\n  ]\n]'.length);
}

/** A depth-1 array from the texts of its items' runs (itemsText), as `JSON.stringify(…, null, 2)` writes it. */
function arrayText(runs: string[]): string {
  return runs.length === 0 ? '[]' : `[\n    ${runs.join(',\n    ')}\n  ]`;
}

// Components normalised and written together: enough that each JSON.stringify call has work, few
// enough that they are still young garbage when the next run starts.
const RUN = 200;

/**
 * The CycloneDX 1.6 ML-BOM: one component per release (counted and excluded alike), typed by
 * componentTypeOf, with licences, revision, purl, links and openquota's judgement as properties.
 * The library has no model-card model yet, so `modelCard` (parameter count) is added to its
 * normalised JSON; the result is checked against the 1.6 schema in test/report/cyclonedx.test.ts.
 *
 * The text is what `JSON.stringify(normalised bom, null, 2)` gives, written a few components at a
 * time: each is built and normalised by the library's own component normaliser, and each run of
 * them written before the next is built, so at 8,400 releases no tree of 8,400 library models and then 8,400 normalised objects stays
 * alive (the garbage collector copied it over and over, a third of the run). The rest of the BOM
 * (metadata) is the library's normalised BOM without components; its `components` are the texts
 * written here, and its `dependencies` the one entry the library writes per component (`{ ref }`,
 * in order, none depending on another).
 */
export function renderCycloneDx(report: Report): string {
  const bom = new Models.Bom({ serialNumber: SERIAL_PLACEHOLDER });
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
  const factory = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6);
  const options = { sortLists: false };
  // A model card belongs to a model only; by bom-ref, the last release with it giving the count,
  // and put on every component with that bom-ref.
  const parameters = new Map<string, number | null>();
  for (const team of report.teams)
    for (const model of team.models)
      if (componentTypeOf(model) === Enums.ComponentType.MachineLearningModel)
        parameters.set(bomRefOf(team, model), model.parameters);
  const components: string[] = [];
  const dependencies: string[] = [];
  let run: unknown[] = [];
  let refs: { ref: string }[] = [];
  const flush = () => {
    if (run.length > 0) components.push(itemsText(run));
    if (refs.length > 0) dependencies.push(itemsText(refs));
    run = [];
    refs = [];
  };
  for (const team of report.teams) {
    for (const model of team.models) {
      const facts = componentFacts(team, model);
      // The library's dependency graph: every component with a bom-ref, whether written or not.
      if (facts.bomRef.length > 0) refs.push({ ref: facts.bomRef });
      const normalised = componentJson(facts);
      if (normalised !== undefined) {
        const n = parameters.get(facts.bomRef);
        if (n !== undefined && n !== null)
          normalised.modelCard = { properties: [{ name: 'openquota:parameters', value: String(n) }] };
        run.push(normalised);
      }
      if (run.length >= RUN || refs.length >= RUN) flush();
    }
  }
  flush();
  const skeleton = factory.makeForBom().normalize(bom, options) as unknown as Record<string, unknown>;
  const fields: string[] = [];
  for (const [key, value] of Object.entries(skeleton)) {
    const text =
      key === 'components'
        ? arrayText(components)
        : key === 'dependencies' && value !== undefined
          ? arrayText(dependencies)
          : value === undefined
            ? undefined
            : JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
    if (text !== undefined) fields.push(`${JSON.stringify(key)}: ${text}`);
  }
  const serial = fields.indexOf(`"serialNumber": ${JSON.stringify(SERIAL_PLACEHOLDER)}`);
  if (serial < 0) throw new Error('CycloneDX: the normalised BOM has no serialNumber field to fill in');
  fields[serial] = `"serialNumber": ${JSON.stringify(serialNumber(fields))}`;
  return `{\n  ${fields.join(',\n  ')}\n}\n`;
}

/** A component's bom-ref: its team, source and id. */
function bomRefOf(team: TeamResult, model: ModelResult): string {
  return `${team.id}:${model.source}:${model.id}`;
}
