#!/usr/bin/env node
// anquanyue normalize|report …: runs the CLI built to plain JavaScript (build-cli/, by `npm run build`).
// In a clone, the build is made first when it is missing or older than the sources, so a fresh
// `npm ci` (or an edited source) still just works. A CommonJS script (bin/package.json): it starts
// without Node's ES module loader, which a normalize run never needs.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { isStale } = require('../scripts/build-state.cjs');
const { loadWithCodeCache } = require('../scripts/fast-start.cjs');

const root = join(__dirname, '..');
const outdir = join(root, 'build-cli');

async function main() {
	if (isStale(root, outdir)) {
		const { buildCli } = await import('../scripts/build-cli.js');
		await buildCli();
	}
	// normalize runs from its own script with V8's code cache (fast-start.cjs) when the build made it;
	// everything else (and normalize without it) from the program's ES modules.
	const normalizeScript = join(outdir, 'normalize.cjs');
	if (process.argv[2] === 'normalize' && existsSync(normalizeScript)) {
		await loadWithCodeCache(normalizeScript).exports.runNormalize(process.argv.slice(3));
		// Done: leave once the output is written, rather than wait for V8's background compiling to finish
		// code nothing will run again.
		await Promise.all([process.stdout, process.stderr].map((s) => new Promise((flushed) => s.write('', flushed))));
		process.exit();
	} else await import(pathToFileURL(join(outdir, 'main.js')).href);
}

// A failure is an unhandled rejection: Node prints it and exits with 1.
main();
