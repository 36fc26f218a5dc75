/**
 * The normalize door as one CommonJS script (build-cli/normalize.cjs, scripts/build-cli.js): what
 * scripts/fast-start.cjs runs through V8's code cache, and what it needs to make that cache.
 */
export { runNormalize } from './normalize-run';
export { untune } from './short-run';
