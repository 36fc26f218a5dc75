// Whether a build of the CLI (build-cli/, scripts/build-cli.js) must be made again.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');

/**
 * Whether `outdir` must be built (again): no build, or one of the sources it was built from
 * (its sources.json, written last by the build; paths from `root`) is gone or newer than it. A new
 * source file counts once a listed one imports it, which edits that one. The build is made whole
 * (bundles and code cache together), so a stale code cache is never left beside a new bundle.
 * @param {string} root the repository
 * @param {string} outdir the build's folder
 */
function isStale(root, outdir) {
	/** @type {string[]} */
	let sources;
	let builtAt;
	try {
		sources = JSON.parse(readFileSync(join(outdir, 'sources.json'), 'utf8'));
		builtAt = statSync(join(outdir, 'main.js')).mtimeMs;
	} catch {
		return true;
	}
	// A clone without the sources (an installed package) runs what it was given.
	if (!statSync(join(root, 'src'), { throwIfNoEntry: false })) return false;
	return sources.some((p) => (statSync(resolve(root, p), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > builtAt);
}

module.exports = { isStale };
