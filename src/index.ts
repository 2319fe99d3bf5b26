/**
 * openquota as a library: scan(), the pure evaluate(), loaders and types. No side effects on import.
 */
export { loadBundle, saveBundle } from './bundle.js';
export { loadProgramme } from './config/load.js';
export { type Programme, programmeSchema, type Team } from './config/programme.js';
export { defaultEngine } from './detect/engine.js';
export { ConfigError, InternalError, SourceError } from './errors.js';
export { type Engine, evaluate } from './evaluate.js';
export { scanOptionsSchema } from './options.js';
export { loadPolicy, presetNames } from './policy/load.js';
export { type Policy, policySchema } from './policy/schema.js';
export { type ScanInput, type ScanResult, scan } from './scan.js';
export type { Source, TeamTarget } from './sources/source.js';
export type * from './types.js';
export { VERSION } from './version.js';
