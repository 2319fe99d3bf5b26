import type { Evidence, Facts, LicenceText } from '../../src/types.js';

/** A Hub evidence record with sensible defaults: public, one safetensors file, no licence yet. */
export function hubEvidence(
  id: string,
  facts: Partial<Facts> = {},
  texts: LicenceText[] = [],
  release: Partial<Evidence['release']> = {},
): Evidence {
  return {
    schema: 'openquota/evidence@1',
    team: 'team-a',
    release: {
      source: 'huggingface',
      id,
      team: 'team-a',
      declared: false,
      origin: 'huggingface: org',
      ...release,
    },
    facts: {
      source: 'huggingface',
      id,
      revision: 'a'.repeat(40),
      availability: 'public',
      files: ['README.md', 'config.json', 'model.safetensors'],
      // What the Hub's listing states for a real 1B-parameter model in BF16.
      weights: {
        source: 'hub-listing',
        parameters: 1_000_000_000,
        dtypes: { BF16: 1_000_000_000 },
        storageBytes: 2_000_010_000,
      },
      declaredLicences: [],
      ...facts,
    },
    texts,
    fetchedAt: '2026-11-28T00:00:00.000Z',
  };
}

/** A card licence as the Hub source records it. */
export function card(value: string, name?: string) {
  return { origin: 'hub-card' as const, value, ...(name ? { name } : {}) };
}
