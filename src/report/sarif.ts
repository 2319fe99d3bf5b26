import { FINDING_HELP } from '../policy/findings.js';
import { REPOSITORY_URL } from '../project.js';
import type { FindingCode, ModelResult, Report, TeamResult } from '../types.js';
import { type Lang, verdictSentence } from './i18n/index.js';
import { locateInProgramme } from './locate.js';
import { primaryFinding } from './primary-finding.js';
import { FINDING_CODES } from './schema.js';

/** Where openquota lives; SARIF rules link to its README's finding-code section. */
export const INFORMATION_URI = REPOSITORY_URL;

/** What the SARIF renderer needs besides the report; both optional, so `render` works on an archived report. */
export interface SarifOptions {
  /** The programme file's text, to point each result at the line declaring its model or team. */
  programmeText?: string;
  /** The programme file's path relative to the repository root; defaults to the report's `programme.file`. */
  programmeUri?: string;
  /** Language of each result's message (the rules' descriptions stay English, as code scanning shows them). */
  lang?: Lang;
}

// Short titles for code scanning's alert list (shortDescription), one per finding code.
const SHORT: Record<FindingCode, string> = {
  NOT_PUBLIC: 'Release is not public',
  GATED_AUTO: 'Release is behind click-through gating',
  NO_WEIGHTS: 'Repository holds no weights',
  EXCLUDED_BY_PROGRAMME: 'Release excluded by the programme file',
  LICENCE_NOT_APPROVED: 'Licence is not approved by the policy',
  LICENCE_DENIED: 'Licence is denied by the policy',
  LICENCE_MISSING: 'No licence found',
  LICENCE_UNREADABLE: 'Licence file could not be read',
  LICENCE_UNIDENTIFIED: 'Licence text not identified',
  LICENCE_MISMATCH: 'Declared and detected licences disagree',
  LICENCE_RESTRICTED_USE: 'Licence restricts use',
  LICENCE_NON_COMMERCIAL: 'Licence forbids commercial use',
  SOURCE_FAILED: 'Registry could not be asked',
  FILES_UNKNOWN: 'File list unknown',
  RENAMED: 'Repository renamed',
  WAIVED: 'Finding waived by the policy',
  LICENCE_MODIFIED: 'Licence text is a modified licence',
  LICENCE_TEXT_MISSING: 'No licence text backs the metadata',
  MALFORMED_METADATA: 'Card licence field has the wrong shape',
  MALFORMED_RESPONSE: 'Registry answer has an unknown shape',
  FILES_TRUNCATED: 'File listing cut short',
  DECLARED_NOT_EXCLUDED: 'Declared release matched by exclude',
  AVAILABILITY_NOT_CHECKED: 'Availability not checked (local directory)',
  WEIGHTS_STUB: 'Weight files too small to be a model',
  WEIGHTS_UNKNOWN: 'Size of the weights not established',
  FAMILY_COPY: 'Copy of another release of the team',
  COPY_LESS_OPEN: 'A copy is less open than its original',
  ADAPTER: 'Adapter, not counted',
  FORK: 'Fork of another owner’s repository, not counted',
  THIRD_PARTY_BASE: 'Built on another owner’s weights',
  LICENCE_INHERITED: 'Licence inherited from the base model',
  BASE_UNREADABLE: 'Base model could not be read',
};

/** The code a non-compliant or unknown model is reported under (SARIF ruleId, annotation title). */
export function primaryCode(model: ModelResult): FindingCode {
  return (
    primaryFinding(model)?.code ?? (model.verdict === 'unknown' ? 'SOURCE_FAILED' : 'LICENCE_NOT_APPROVED')
  );
}

function rule(code: FindingCode) {
  const help = FINDING_HELP[code];
  return {
    id: code,
    name: code
      .toLowerCase()
      .split('_')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: SHORT[code] },
    fullDescription: { text: help },
    help: {
      text: help,
      markdown: `**${code}**: ${help}\n\nSee [finding codes](${INFORMATION_URI}#finding-codes).`,
    },
    helpUri: `${INFORMATION_URI}#finding-codes`,
    defaultConfiguration: {
      level: code === 'SOURCE_FAILED' || code === 'FILES_UNKNOWN' ? 'warning' : 'error',
    },
  };
}

// A URI relative to the repository root, with forward slashes: what code scanning resolves.
function relativeUri(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}

function result(team: TeamResult, model: ModelResult, uri: string, line: number | undefined, lang: Lang) {
  const code = primaryCode(model);
  const level = model.verdict === 'unknown' ? 'warning' : 'error';
  return {
    ruleId: code,
    ruleIndex: FINDING_CODES.indexOf(code),
    level,
    message: { text: verdictSentence(lang, model, team.id) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
          region: { startLine: line ?? 1 },
        },
        logicalLocations: [{ name: model.id, fullyQualifiedName: `${team.id}/${model.id}`, kind: 'module' }],
      },
    ],
    // Stable across runs: the same model with the same problem is the same alert.
    partialFingerprints: {
      'openquotaModel/v1': `${team.id}:${model.source}:${model.id.toLowerCase()}:${code}`,
    },
    properties: {
      team: team.id,
      model: model.id,
      source: model.source,
      verdict: model.verdict,
      ...(model.url ? { url: model.url } : {}),
      ...(model.revision ? { revision: model.revision } : {}),
      licence: model.licence.expression,
      codes: model.reasons.map((r) => r.code),
    },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per finding code (help from FINDING_HELP), one
 * result per non-compliant (error) or unknown (warning) model, located at the programme file's line
 * that declares the model, else its team, else line 1.
 */
export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const uri = relativeUri(options.programmeUri ?? report.programme.file ?? 'openquota.yml');
  const locate = locateInProgramme(options.programmeText);
  const results = report.teams.flatMap((team) =>
    team.models
      .filter((m) => m.verdict === 'non-compliant' || m.verdict === 'unknown')
      .map((m) => result(team, m, uri, locate(team.id, m), options.lang ?? 'en')),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'openquota',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: FINDING_CODES.map(rule),
          },
        },
        // No automationDetails: upload-sarif keeps an id already present and would ignore its `category`.
        results,
        properties: {
          programme: report.programme.title,
          policy: report.policy.id,
          status: report.status,
          teams: report.teams.map((t) => ({ id: t.id, status: t.status, share: t.share })),
        },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
