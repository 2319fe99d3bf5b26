/**
 * The offline world the loopback Hub serves, loaded from test/fixtures/world: every model-info
 * file indexed by lower-cased id (the Hub's ids are case-insensitive), each with the licence text
 * its LICENSE file answers with, plus the `_synthetic` error answers and the rename.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import spdx from 'spdx-license-list/full.js';
import { stringify } from 'yaml';

/** Root of the copied world. */
export const WORLD_DIR = fileURLToPath(new URL('../fixtures/world/', import.meta.url));

/** One model of the world as the server needs it. */
export interface WorldModel {
  id: string;
  team: string;
  /** Body of `GET /api/models/{id}` (full field set, siblings included). */
  info: Record<string, unknown> & { id: string; sha: string; siblings: { rfilename: string }[] };
  /** What `LICENSE`-like files answer with; see SOURCE.md for where each text comes from. */
  licenceText: string;
  /** Per-file answers (path -> text) of a built world (test/support/redteam-world.ts); they win over the above. */
  files?: Record<string, string>;
  /** Per-file binary content (a safetensors file built byte by byte), served with `Range` support. */
  binary?: Record<string, Uint8Array>;
  /** Per-file sizes (and LFS oids) the tree API states, for files whose content is not served. */
  sizes?: Record<string, { size: number; lfsOid?: string }>;
}

/** A recorded error answer from `_synthetic/hf/errors`. */
export interface ErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** The world the loopback Hub serves. */
export interface World {
  models: Map<string, WorldModel>;
  /** Old id (lower case) -> new id, answered with 307. */
  renames: Map<string, string>;
  errors: Record<string, ErrorAnswer>;
  /** team key of the manifest -> Hub authors. */
  teams: Record<string, string[]>;
}

interface Manifest {
  teams: Record<
    string,
    { hf_orgs: string[]; models: { id: string; model_info: string; license_file: string | null }[] }
  >;
}

const read = (file: string) => readFileSync(path.join(WORLD_DIR, file), 'utf8');

// The world lacks the HyperCLOVA X SEED text; ScanCode's copy stands in (see SOURCE.md).
const HYPERCLOVA = '_extra/hyperclova-x-seed-2025.txt';
const NO_TEXT =
  'This LICENSE file is a placeholder of the openquota offline world: the real text of this ' +
  "model's licence was not found in the reference material. See the model card.\n";

/** Loads the world once; cheap enough (under 1 MB) to call per server. */
export function loadWorld(): World {
  const manifest = JSON.parse(read('manifest.json')) as Manifest;
  const models = new Map<string, WorldModel>();
  const teams: Record<string, string[]> = {};
  for (const [team, entry] of Object.entries(manifest.teams)) {
    teams[team] = entry.hf_orgs;
    for (const model of entry.models) {
      const info = JSON.parse(read(path.join(team, model.model_info))) as WorldModel['info'];
      models.set(model.id.toLowerCase(), {
        id: model.id,
        team,
        info,
        licenceText: licenceText(team, model, info),
      });
    }
  }
  // Base models of other owners that the teams' cards name (`base_model`), for lineage: served by
  // the Hub, listed under no team (see _extra/hf and README.md).
  const extra = path.join(WORLD_DIR, '_extra/hf');
  for (const file of readdirSync(extra)) {
    const info = JSON.parse(readFileSync(path.join(extra, file), 'utf8')) as WorldModel['info'];
    models.set(info.id.toLowerCase(), { id: info.id, team: '', info, licenceText: NO_TEXT });
  }
  const errors: Record<string, ErrorAnswer> = {};
  const errorDir = path.join(WORLD_DIR, '_synthetic/hf/errors');
  for (const file of readdirSync(errorDir)) {
    const recorded = JSON.parse(readFileSync(path.join(errorDir, file), 'utf8')) as { response: ErrorAnswer };
    errors[file.replace(/\.json$/, '')] = recorded.response;
  }
  const renamed = errors['307-renamed']?.headers.location?.replace('/api/models/', '') ?? '';
  const renames = new Map([['example-k-ai-team/renamed-old-7b', renamed]]);
  return { models, renames, errors, teams };
}

function licenceText(team: string, model: { license_file: string | null }, info: WorldModel['info']): string {
  if (model.license_file) return read(path.join(team, model.license_file));
  if (team === 'naver') return read(HYPERCLOVA);
  // A repo whose card names a standard SPDX licence is assumed to carry its standard text.
  const card = (info.cardData ?? {}) as { license?: unknown };
  const id = typeof card.license === 'string' ? card.license.toLowerCase() : '';
  const spdxId = Object.keys(spdx).find((key) => key.toLowerCase() === id);
  return spdxId ? spdx[spdxId]!.licenseText : NO_TEXT;
}

/** A small model card whose YAML front matter is the model's `cardData`, as the Hub derives it. */
export function modelCard(model: WorldModel): string {
  const card = model.info.cardData as Record<string, unknown> | undefined;
  const front = card && Object.keys(card).length > 0 ? `---\n${stringify(card)}---\n\n` : '';
  const name = model.id.split('/')[1];
  return `${front}# ${name}\n\nModel card reconstructed by the openquota offline Hub (test data).\n`;
}
