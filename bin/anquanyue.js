#!/usr/bin/env node
// anquanyue normalize|report …: runs the CLI built to plain JavaScript (build-cli/, by `npm run build`).
// In a clone, the build is made first when it is missing or older than the sources, so a fresh
// `npm ci` (or an edited source) still just works.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'build-cli', 'main.js');

/**
 * Whether build-cli/ must be made (again): no build, or one of the sources it was built from
 * (build-cli/sources.json, written by the build) is gone or newer than it. A new source file
 * counts once a listed one imports it, which edits that one.
 */
function stale() {
	let sources;
	let builtAt;
	try {
		sources = JSON.parse(readFileSync(join(root, 'build-cli', 'sources.json'), 'utf8'));
		builtAt = statSync(entry).mtimeMs;
	} catch {
		return true;
	}
	// A clone without the sources (an installed package) runs what it was given.
	if (!statSync(join(root, 'src'), { throwIfNoEntry: false })) return false;
	return sources.some((p) => (statSync(join(root, p), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > builtAt);
}

if (stale()) {
	const { buildCli } = await import('../scripts/build-cli.js');
	await buildCli();
}
await import(pathToFileURL(entry).href);
