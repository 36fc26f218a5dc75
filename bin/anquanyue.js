#!/usr/bin/env node
// anquanyue normalize|report …: runs the CLI built to plain JavaScript (build-cli/, by `npm run build`).
// In a clone, the build is made first when it is missing or older than the sources, so a fresh
// `npm ci` (or an edited source) still just works.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'build-cli', 'main.js');

/** The newest modification time of the sources the CLI is built from (0 when they are not here). */
function newestSource(dir) {
	if (!existsSync(dir)) return 0;
	let newest = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, e.name);
		newest = Math.max(newest, e.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
	}
	return newest;
}

const builtAt = existsSync(entry) ? statSync(entry).mtimeMs : -1;
if (builtAt < newestSource(join(root, 'src', 'lib')) || builtAt < newestSource(join(root, 'src', 'cli'))) {
	const { buildCli } = await import('../scripts/build-cli.js');
	await buildCli();
}
await import(pathToFileURL(entry).href);
