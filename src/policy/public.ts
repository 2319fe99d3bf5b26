import type { Availability } from '../types.js';
import type { Policy } from './schema.js';

/** Whether a release counts as public under a policy; `unknown` when its availability is not established. */
export type PublicAnswer = 'public' | 'not-public' | 'unknown';

/**
 * "Counts as public", decided here only (DESIGN.md "Public"): reachable without credentials.
 * Private, disabled and missing never count; gating counts as the policy says
 * (`gated-auto: public` for click-through); an availability nobody could establish (null, or a
 * value no source writes, e.g. from an edited bundle) is `unknown`, never public.
 */
export function countsAsPublic(availability: Availability | null, policy: Policy): PublicAnswer {
  switch (availability) {
    case 'public':
      return 'public';
    case 'gated-auto':
    case 'gated-manual':
      return policy.availability[availability] === 'public' ? 'public' : 'not-public';
    case 'private':
    case 'disabled':
    case 'missing':
      return 'not-public';
    default:
      return 'unknown';
  }
}
