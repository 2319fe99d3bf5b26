/**
 * Are the weights really there? A pure reading of a source's figures (facts.weights) against the
 * policy's floors (`weights.minParameters`, `weights.minBytes`): a repository whose only weights
 * are a one-byte `model.safetensors` is not a model release, and one whose size nobody could
 * establish is not known to be one.
 */
import { bytesOfDtypes } from '../detect/safetensors.js';
import type { FindingArgs, WeightFacts } from '../types.js';
import type { Policy } from './schema.js';

/** The figures as a report shows them. */
export interface WeightFigures {
  bytes: number | null;
  parameters: number | null;
  source: WeightFacts['source'] | null;
}

/** Present, a stub (with the figure that decided, as finding args), or not established. */
export type WeightsPresence =
  | { kind: 'present' }
  | { kind: 'stub'; args: FindingArgs['WEIGHTS_STUB'] }
  | { kind: 'unknown'; args: FindingArgs['WEIGHTS_UNKNOWN'] };

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
  if (!w) return { kind: 'unknown', args: {} };
  if (w.parameters !== undefined && w.parameters < minParameters)
    return { kind: 'stub', args: { variant: 'parameters', parameters: w.parameters, minParameters } };
  if (w.bytes !== undefined && w.bytes < minBytes)
    return { kind: 'stub', args: { variant: 'bytes', bytes: w.bytes, minBytes } };
  if (w.storageBytes !== undefined && w.storageBytes < minBytes)
    return { kind: 'stub', args: { variant: 'storage', storageBytes: w.storageBytes, minBytes } };
  const needed = w.dtypes ? bytesOfDtypes(w.dtypes) : undefined;
  if (needed !== undefined && w.storageBytes !== undefined && w.storageBytes < needed)
    return {
      kind: 'stub',
      args: {
        variant: 'header',
        parameters: w.parameters ?? 0,
        neededBytes: needed,
        storageBytes: w.storageBytes,
      },
    };
  if (w.parameters !== undefined) return { kind: 'present' };
  // Exact bytes beside a problem: a header that did not parse, so what the bytes hold is not known.
  if (w.bytes !== undefined && w.problem) return { kind: 'unknown', args: { detail: w.problem } };
  // Sizes that were read already clear the floor: the weights are there, whatever the rest weigh.
  if (w.bytesAtLeast !== undefined && w.bytesAtLeast >= minBytes) return { kind: 'present' };
  if (w.problem) return { kind: 'unknown', args: { detail: w.problem } };
  if (w.bytes !== undefined) return { kind: 'present' };
  return { kind: 'unknown', args: {} };
}
