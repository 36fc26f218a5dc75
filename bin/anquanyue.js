#!/usr/bin/env node
// anquanyue normalize|report …: runs the CLI built to plain JavaScript (build-cli/, by `npm run build`).
// In a clone, the build is made first when it is missing or older than the sources, so a fresh
// `npm ci` (or an edited source) still just works.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isStale } from '../scripts/build-state.js';
import { loadWithCodeCache } from '../scripts/fast-start.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'build-cli');

if (isStale(root, outdir)) {
	const { buildCli } = await import('../scripts/build-cli.js');
	await buildCli();
}
// normalize runs from its own script with V8's code cache (fast-start.js) when the build made it;
// everything else (and normalize without it) from the program's ES modules.
const normalizeScript = join(outdir, 'normalize.cjs');
if (process.argv[2] === 'normalize' && existsSync(normalizeScript)) {
	await loadWithCodeCache(normalizeScript).exports.runNormalize(process.argv.slice(3));
	// Done: leave once the output is written, rather than wait for V8's background compiling to finish
	// code nothing will run again.
	await Promise.all([process.stdout, process.stderr].map((s) => new Promise((flushed) => s.write('', flushed))));
	process.exit();
} else await import(pathToFileURL(join(outdir, 'main.js')).href);
