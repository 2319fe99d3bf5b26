/**
 * Reading the declared models the team's own listings did not hold. A team that keeps many models
 * under a second namespace (a lab's other org, a research account) would cost one `/api/models/{id}`
 * per model, cold and warm alike, against the anonymous budget of 500 per 5 minutes; one listing
 * page of that namespace answers up to 1,000 of them. What a listing holds is what a lookup would
 * have said (the same fields, expanded: it is the path every discovered model takes), and anything
 * it does not hold (a private or missing model, a rename, an id past the pages read) is looked up
 * one by one as before, so the answers do not change; only the number of requests does.
 */
import type { HttpClient } from './http.js';
import { getModel, listAuthor, type ModelLookup } from './huggingface-api.js';

/**
 * Most listing pages read for a namespace with `k` declared ids: half of k (at least one), so a
 * namespace whose pages never hold the declared ids (a huge third-party org) costs at most 1.5x
 * the lookups it was meant to save, and one holding them costs a page per 1,000.
 */
export function namespacePages(k: number): number {
  return Math.max(1, Math.floor(k / 2));
}

/** One lookup per id, in the order given; ids sharing a namespace with another are read by listing it first. */
export async function readDeclared(
  http: HttpClient,
  endpoint: string,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<ModelLookup[]> {
  const byNamespace = new Map<string, string[]>();
  for (const id of ids) {
    const slash = id.indexOf('/');
    if (slash <= 0) continue;
    const namespace = id.slice(0, slash).toLowerCase();
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), id]);
  }
  const listed = new Map<string, ModelLookup>();
  await Promise.all(
    [...byNamespace.values()]
      .filter((group) => group.length >= 2)
      .map(async (group) => {
        const namespace = group[0]!.slice(0, group[0]!.indexOf('/'));
        const { items } = await listAuthor(http, endpoint, namespace, signal, namespacePages(group.length));
        // A failed or short listing is no finding here (the namespace is not the team's to list):
        // whatever it did not hold is looked up below, and a lookup that fails is the finding.
        const wanted = new Set(group.map((id) => id.toLowerCase()));
        for (const { raw, model } of items) {
          const key = model.id.toLowerCase();
          if (wanted.has(key)) listed.set(key, { kind: 'found', raw, model });
        }
      }),
  );
  return Promise.all(ids.map((id) => listed.get(id.toLowerCase()) ?? getModel(http, endpoint, id, signal)));
}
