// Builds the command-line doors (src/cli) to plain JavaScript in build-cli/: one bundle
// per entry (the program and the reading thread), packages left to node_modules.
// Run by `npm run build`, and by bin/anquanyue.js when build-cli/ is missing or older than the sources.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCli() {
	// A fresh folder: chunk names change with their content, and old ones would stay behind.
	rmSync(join(root, 'build-cli'), { recursive: true, force: true });
	await build({
		absWorkingDir: root,
		entryPoints: { main: 'src/cli/main.ts', 'normalize-worker': 'src/cli/normalize-worker.ts' },
		outdir: 'build-cli',
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		packages: 'external',
		// The reader's parts (SheetJS and its code pages, the Word reader, the formula engine) load when a
		// file needs them, not at start (src/lib/read/on-demand.ts): most runs need none of them.
		define: { __CLI_LOADS_ON_DEMAND__: 'true' },
		logLevel: 'warning'
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
