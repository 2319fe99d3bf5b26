/**
 * The output formats, apart from the scan options (options.ts) so that `render` and `merge`, which
 * need only these names, load no option schemas, cache store or pools with them.
 */

/** Output formats every entry point knows; a renderer exists for each one it accepts. */
export const FORMATS = ['table', 'json', 'markdown', 'sarif', 'html', 'cyclonedx'] as const;
/** One output format. */
export type Format = (typeof FORMATS)[number];
