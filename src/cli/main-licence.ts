/**
 * The CLI's entry for `openquota licence …`: the same `main`. It is a module of its own so that
 * dist/ can hold it as one file (dist/chunks/licence-cli.js, scripts/bundles.ts) with everything the
 * licence command needs: the chunked build spread that over about twenty chunks, each a file to
 * resolve, read and compile before the first licence is read. Run from src/, it is main.ts itself.
 */
export { main } from './main.js';
