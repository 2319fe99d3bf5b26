/**
 * The local source: a directory on disk (a team's checkout) inspected as one release, for
 * `openquota check DIR`. Nothing is fetched. Whether the release is public cannot be seen from a
 * directory, so its availability is recorded as not established (null, with a note): evidence of
 * a directory never counts as public. `check` asks the explicit question "how would this be judged
 * once published" itself; `scan` never discovers local releases.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Evidence, Facts, Release, RequestStats } from '../types.js';
import { readDirectory } from './directory.js';
import type { CallOptions, Discovery, PickFiles, Source } from './source.js';

/** Why a local directory's availability is null: it cannot be seen from the directory. */
export const LOCAL_AVAILABILITY_NOTE = 'a local directory: availability is not checked';

/** Construction options of the local source. */
export interface LocalSourceOptions {
  pickFiles: PickFiles;
  /** Directory relative paths resolve against. */
  cwd: string;
  now?: () => Date;
}

/** Creates the local source. */
export function createLocalSource(options: LocalSourceOptions): Source {
  const now = options.now ?? (() => new Date());

  async function inspect(target: Release, call: CallOptions = {}): Promise<Evidence> {
    call.onProgress?.({ phase: 'inspect', id: target.id });
    const fetchedAt = now().toISOString();
    const dir = resolve(options.cwd, target.id);
    const base = { source: 'local' as const, id: target.id, declaredLicences: [] };
    let facts: Facts;
    let texts: Evidence['texts'] = [];
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) {
      facts = {
        ...base,
        availability: null,
        files: null,
        failure: { code: 'NOT_A_DIRECTORY', message: `${target.id} is not a readable directory` },
      };
    } else {
      const read = await readDirectory(dir, options.pickFiles);
      texts = read.texts;
      facts = {
        ...base,
        url: `file://${dir}`,
        availability: null,
        files: read.files,
        declaredLicences: read.declared,
        ...(read.weights ? { weights: read.weights } : {}),
        ...(read.links.length ? { links: read.links } : {}),
        ...(read.problems.length ? { problems: read.problems } : {}),
        raw: {
          directory: basename(dir),
          note: LOCAL_AVAILABILITY_NOTE,
          ...(read.lfs.length ? { lfs: read.lfs } : {}),
          ...(read.truncated ? { truncated: true } : {}),
        },
      };
    }
    const { listing: _listing, ...release } = target;
    return { schema: 'openquota/evidence@1', team: target.team, release, facts, texts, fetchedAt };
  }

  return {
    kind: 'local',
    // Programme files name registries, not directories: `check` builds its local release itself.
    claims: () => false,
    discover: async (): Promise<Discovery> => ({ releases: [], failures: [] }),
    inspect,
    stats: (): RequestStats => ({ api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 }),
  };
}
