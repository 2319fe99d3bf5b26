/**
 * The Hugging Face Hub source: discovers each team author's models (one `/api` call per page of
 * 1,000, every needed field expanded) plus declared ids, and inspects each into Evidence, reading
 * licence texts from the resolver pinned to the model's `sha`.
 *
 * Why plain `fetch` (through our HttpClient) and not `@huggingface/hub`: its errors keep the
 * request id but drop the Hub's `X-Error-Code` header (`GatedRepo`, `RepoNotFound`,
 * `RevisionNotFound`), which is what tells a gated or missing repository from any other 401/404;
 * it follows a renamed repository's redirect without saying so, where a rename must be a finding
 * (`RENAMED`) and the programme's id kept beside the new one; and it hands back its own objects,
 * not the raw JSON the Hub sent, which is what an evidence bundle keeps. The two endpoints we
 * need are a few lines each.
 */
import type { Evidence, Facts, LicenceText, Release, RequestStats } from '../types.js';
import type { HttpClient } from './http.js';
import { getModel, listAuthor, type ModelLookup } from './huggingface-api.js';
import { readDeclared } from './huggingface-declared.js';
import { baseModels, baseRelation, declaredLicences, factsOf } from './huggingface-model.js';
import { filesToRead, readTexts } from './huggingface-texts.js';
import type { BaseDescription } from './lineage.js';
import { isWeightPath } from './repo-files.js';
import type { CallOptions, Discovery, PickFiles, Source, TeamTarget } from './source.js';
import { listingWeights, needsTree, treeWeights } from './weights-hub.js';

export type { PickFiles } from './source.js';

/** Construction options of the Hub source; transport and endpoint are injected. */
export interface HuggingFaceSourceOptions {
  /** Base URL without trailing slash, e.g. `https://huggingface.co`. */
  endpoint: string;
  /** The client whose pools (hub-api, hub-files) bound the requests in flight; the source adds no limit. */
  http: HttpClient;
  pickFiles: PickFiles;
  now?: () => Date;
}

/** What discover() leaves in `Release.listing`: the metadata already read, so inspect() needs no `/api` call. */
interface HubListing {
  lookup: ModelLookup;
  /** The declared id, when it differs from the canonical one (a rename). */
  requestedId?: string;
}

// Repos whose files are known to be unreadable for everyone: reading them would only record errors.
const NO_TEXTS = new Set(['disabled', 'missing']);

/** Creates the Hub source. */
export function createHuggingFaceSource(options: HuggingFaceSourceOptions): Source {
  const { http, pickFiles } = options;
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());

  async function discover(team: TeamTarget, call: CallOptions = {}): Promise<Discovery> {
    const releases = new Map<string, Release>();
    const failures: Discovery['failures'] = [];
    const listings = await Promise.all(
      team.huggingface.map((author) => {
        call.onProgress?.({ phase: 'discover', id: author });
        return listAuthor(http, endpoint, author, call.signal);
      }),
    );
    team.huggingface.forEach((author, i) => {
      const { items, failure } = listings[i]!;
      if (failure) failures.push({ ...failure, origin: `huggingface: ${author}` });
      for (const { raw, model } of items) {
        const key = model.id.toLowerCase();
        if (releases.has(key)) continue;
        const listing: HubListing = { lookup: { kind: 'found', raw, model } };
        releases.set(key, release(team, model.id, false, `huggingface: ${author}`, listing));
      }
    });

    // Declared ids the listings missed are read now, so a renamed one resolves to the listed release.
    // Not beside the listings: their answers teach the pacing the Hub's RateLimit budget before a
    // burst of lookups could run into it.
    const declared = [...new Set(team.models.map(hubId).filter((id): id is string => id !== undefined))];
    const unlisted = declared.filter((id) => !releases.has(id.toLowerCase()));
    const lookups = await readDeclared(http, endpoint, unlisted, call.signal);
    unlisted.forEach((id, i) => {
      const lookup = lookups[i]!;
      const canonical = lookup.kind === 'found' ? lookup.model.id : id;
      if (releases.has(canonical.toLowerCase())) return;
      const listing: HubListing = { lookup, ...(canonical !== id ? { requestedId: id } : {}) };
      releases.set(canonical.toLowerCase(), release(team, canonical, true, `models: ${id}`, listing));
    });
    for (const id of declared) {
      const found = releases.get(id.toLowerCase());
      if (found) found.declared = true;
    }
    for (const lookup of lookups) {
      if (lookup.kind !== 'found') continue;
      const found = releases.get(lookup.model.id.toLowerCase());
      if (found) found.declared = true;
    }
    return { releases: [...releases.values()], failures };
  }

  async function inspect(target: Release, call: CallOptions = {}): Promise<Evidence> {
    {
      call.onProgress?.({ phase: 'inspect', id: target.id });
      const fetchedAt = now().toISOString();
      const given = isHubListing(target.listing) ? target.listing : undefined;
      const requestedId = given?.requestedId ?? hubId(target.id) ?? target.id;
      let lookup = given?.lookup;
      // A listing item without a file list (a Hub that ignored `expand[]=siblings`) costs one model-info call.
      if (!lookup || (lookup.kind === 'found' && lookup.model.files === null)) {
        lookup = await getModel(
          http,
          endpoint,
          lookup?.kind === 'found' ? lookup.model.id : requestedId,
          call.signal,
        );
      }
      const facts = factsFrom(lookup, requestedId);
      let texts: LicenceText[] = [];
      if (lookup.kind === 'found' && facts.availability && !NO_TEXTS.has(facts.availability)) {
        const files = filesToRead(lookup.model, facts.declaredLicences, pickFiles, endpoint);
        const read = await readTexts(http, endpoint, lookup.model, files.read, call.signal);
        texts = [...read.texts, ...files.unread];
        if (read.failure && !facts.failure) facts.failure = read.failure;
      }
      if (lookup.kind === 'found' && !facts.failure && facts.files?.some(isWeightPath)) {
        // The listing's figures first; the tree (and headers) only when they state no parameter count.
        const stated = listingWeights(lookup.raw);
        facts.weights = needsTree(stated)
          ? await treeWeights(http, endpoint, lookup.model, stated, call.signal)
          : stated;
      }
      const { listing: _listing, ...release } = target;
      return { schema: 'openquota/evidence@1', team: target.team, release, facts, texts, fetchedAt };
    }
  }

  function factsFrom(lookup: ModelLookup, requestedId: string): Facts {
    if (lookup.kind === 'found') return factsOf(lookup.model, lookup.raw, endpoint, requestedId);
    const base = { source: 'huggingface' as const, id: requestedId, url: `${endpoint}/${requestedId}` };
    if (lookup.kind === 'missing') {
      // Not found is a fact (not public), not a failure; the answer is kept for the audit trail.
      return {
        ...base,
        availability: 'missing',
        files: null,
        declaredLicences: [],
        raw: { notFound: lookup.failure },
      };
    }
    return { ...base, availability: null, files: null, declaredLicences: [], failure: lookup.failure };
  }

  // One `/api/models/{id}` call per distinct base model, however many releases name it.
  const described = new Map<string, Promise<BaseDescription>>();
  function describeModel(id: string, call: CallOptions = {}): Promise<BaseDescription> {
    const key = id.toLowerCase();
    let answer = described.get(key);
    if (!answer) {
      // The client's hub-api pool bounds requests in flight; the source adds no limit of its own.
      answer = (async (): Promise<BaseDescription> => {
        const lookup = await getModel(http, endpoint, id, call.signal);
        if (lookup.kind !== 'found') return { found: false, failure: lookup.failure };
        const relation = baseRelation(lookup.model);
        return {
          found: true,
          declaredLicences: declaredLicences(lookup.model),
          baseModels: baseModels(lookup.model) ?? [],
          ...(relation ? { relation } : {}),
        };
      })();
      described.set(key, answer);
    }
    return answer;
  }

  return {
    kind: 'huggingface',
    claims: (declaredId) => hubId(declaredId) !== undefined,
    discover,
    inspect,
    describeModel,
    stats: (): RequestStats => http.stats(),
  };
}

function release(
  team: TeamTarget,
  id: string,
  declared: boolean,
  origin: string,
  listing: HubListing,
): Release {
  return { source: 'huggingface', id, team: team.id, declared, origin, listing };
}

function isHubListing(value: unknown): value is HubListing {
  const lookup = (value as HubListing | undefined)?.lookup;
  return typeof lookup === 'object' && lookup !== null && typeof lookup.kind === 'string';
}

// A Hub repo id: `org/name`, letters, digits, `.`, `_`, `-` (the Hub's own repo-name rule).
const REPO_ID = /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/;
const HUB_HOSTS = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co']);
// First path segments on huggingface.co that are not model owners.
const NOT_MODELS = new Set(['datasets', 'spaces', 'api', 'collections', 'docs', 'papers', 'organizations']);

/**
 * The Hub repo id a declared entry names, or undefined when it is not a Hub model:
 * `org/name`, `hf:org/name`, or `https://huggingface.co/org/name[/…]`.
 */
export function hubId(declared: string): string | undefined {
  const value = declared.trim().replace(/^hf:/i, '');
  if (/^https?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return undefined;
    }
    const [owner, name] = url.pathname.split('/').filter(Boolean);
    if (!HUB_HOSTS.has(url.host.toLowerCase()) || !owner || !name || NOT_MODELS.has(owner)) return undefined;
    const id = `${owner}/${name}`;
    return REPO_ID.test(id) ? id : undefined;
  }
  return REPO_ID.test(value) && !value.endsWith('.git') ? value : undefined;
}
