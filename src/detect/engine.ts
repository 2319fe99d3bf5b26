import type { Engine } from '../evaluate.js';
import { identifyText, licenceInfo, refines } from './identify.js';

/** The licence engine as the pure stages use it: identify texts, look up ids, compare versions. */
export function defaultEngine(): Engine {
  return {
    identify: (text, options) => identifyText(text, options),
    lookup: (id) => {
      const info = licenceInfo(id);
      return info
        ? {
            name: info.name,
            flags: info.flags,
            ...(info.variantOf ? { variantOf: info.variantOf } : {}),
            ...(info.binds ? { binds: info.binds } : {}),
          }
        : undefined;
    },
    refines,
  };
}
