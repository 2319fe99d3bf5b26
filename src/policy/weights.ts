/**
 * Are the weights really there? A pure reading of a source's figures (facts.weights) against the
 * policy's floors (`weights.minParameters`, `weights.minBytes`): a repository whose only weights
 * are a one-byte `model.safetensors` is not a model release, and one whose size nobody could
 * establish is not known to be one.
 */
import { bytesOfDtypes } from '../detect/safetensors.js';
import type { WeightFacts } from '../types.js';
import type { Policy } from './schema.js';

/** The figures as a report shows them. */
export interface WeightFigures {
  bytes: number | null;
  parameters: number | null;
  source: WeightFacts['source'] | null;
}

/** Present, a stub (with why, in figures), or not established (with why). */
export type WeightsPresence =
  | { kind: 'present' }
  | { kind: 'stub'; why: string; args: Record<string, number> }
  | { kind: 'unknown'; why: string };

/** The figures of a release, null where not established. */
export function weightFigures(w: WeightFacts | undefined, parameters?: number): WeightFigures {
  return {
    bytes: w?.bytes ?? null,
    parameters: w?.parameters ?? parameters ?? null,
    source: w?.source ?? null,
  };
}

/**
 * Stub when any established figure is below its floor: parameters stated, weight-file bytes, or
 * the repository's whole storage (which bounds the weights from above); also when the repository
 * stores fewer bytes than the tensors its header states would take (a header over no data).
 * Present when parameters (or, for formats that state none, the bytes) clear the floors.
 */
export function weightsPresence(w: WeightFacts | undefined, policy: Policy): WeightsPresence {
  const { minParameters, minBytes } = policy.weights;
  if (!w) return { kind: 'unknown', why: 'the size of the weights could not be established' };
  const args: Record<string, number> = { minParameters, minBytes };
  if (w.parameters !== undefined) args.parameters = w.parameters;
  if (w.bytes !== undefined) args.bytes = w.bytes;
  if (w.storageBytes !== undefined) args.storageBytes = w.storageBytes;
  if (w.parameters !== undefined && w.parameters < minParameters)
    return {
      kind: 'stub',
      why: `${fmt(w.parameters)} parameters, under the ${fmt(minParameters)} floor`,
      args,
    };
  if (w.bytes !== undefined && w.bytes < minBytes)
    return {
      kind: 'stub',
      why: `${fmt(w.bytes)} bytes of weight files, under the ${fmt(minBytes)}-byte floor`,
      args,
    };
  if (w.storageBytes !== undefined && w.storageBytes < minBytes)
    return {
      kind: 'stub',
      why: `the repository stores ${fmt(w.storageBytes)} bytes in all, under the ${fmt(minBytes)}-byte floor`,
      args,
    };
  const needed = w.dtypes ? bytesOfDtypes(w.dtypes) : undefined;
  if (needed !== undefined && w.storageBytes !== undefined && w.storageBytes < needed)
    return {
      kind: 'stub',
      why: `the stated ${fmt(w.parameters ?? 0)} parameters take ${fmt(needed)} bytes, but the repository stores ${fmt(w.storageBytes)}`,
      args: { ...args, neededBytes: needed },
    };
  if (w.parameters !== undefined) return { kind: 'present' };
  // Exact bytes beside a problem: a header that did not parse, so what the bytes hold is not known.
  if (w.bytes !== undefined && w.problem) return { kind: 'unknown', why: w.problem };
  // Sizes that were read already clear the floor: the weights are there, whatever the rest weigh.
  if (w.bytesAtLeast !== undefined && w.bytesAtLeast >= minBytes) return { kind: 'present' };
  if (w.problem) return { kind: 'unknown', why: w.problem };
  if (w.bytes !== undefined) return { kind: 'present' };
  return {
    kind: 'unknown',
    why: 'neither the parameter count nor the bytes of the weight files could be established',
  };
}

function fmt(n: number): string {
  return n.toLocaleString('en');
}
