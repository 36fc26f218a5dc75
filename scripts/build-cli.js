// Builds the command-line doors (src/cli) to plain JavaScript in build-cli/: one bundle
// per entry (the program and the reading thread), packages left to node_modules.
// Run by `npm run build`, and by bin/anquanyue.js when build-cli/ is missing or older than its sources
// (build-cli/sources.json lists them).
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCli() {
	// A fresh folder: chunk names change with their content, and old ones would stay behind.
	rmSync(join(root, 'build-cli'), { recursive: true, force: true });
	const { metafile } = await build({
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
		metafile: true,
		logLevel: 'warning'
	});
	// The sources this build is made of (paths from the root), for bin/anquanyue.js's staleness check:
	// written last, so a build cut short leaves none and the next start builds again.
	const sources = Object.keys(metafile.inputs).filter((p) => p.startsWith('src/'));
	writeFileSync(join(root, 'build-cli', 'sources.json'), JSON.stringify(sources) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
