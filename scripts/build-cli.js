// Builds the command-line doors (src/cli) to plain JavaScript in build-cli/: one bundle
// per entry (the program and the reading thread), packages left to node_modules.
// Run by `npm run build`, and by bin/anquanyue.js when build-cli/ is missing or older than the sources.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCli() {
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
		logLevel: 'warning'
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
