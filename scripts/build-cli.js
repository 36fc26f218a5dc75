// Builds the command-line doors (src/cli) to plain JavaScript in build-cli/: one bundle
// per entry (the program and the reading thread), packages left to node_modules, and the normalize
// door once more as one CommonJS script with V8's code cache (scripts/fast-start.cjs).
// Run by `npm run build`, and by bin/anquanyue.js when build-cli/ is missing or older than its sources
// (build-cli/sources.json lists them).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// The reader's parts (SheetJS and its code pages, the Word reader, the formula engine) load when a
// file needs them, not at start (src/lib/read/on-demand.ts): most runs need none of them.
const LOADS_ON_DEMAND = { __CLI_LOADS_ON_DEMAND__: 'true' };

/**
 * The schema's phrasings folded once, here, by the schema's own code (src/lib/schema/folds.ts): the
 * built CLI starts with them remembered (label.ts) instead of folding each at every start. Returns the
 * folds as JSON and the sources they were computed from.
 * @returns {Promise<{ json: string, inputs: string[] }>}
 */
export async function schemaFoldsJson() {
	const { outputFiles, metafile } = await build({
		absWorkingDir: root,
		entryPoints: ['src/lib/schema/folds.ts'],
		bundle: true,
		format: 'cjs',
		platform: 'node',
		target: 'node20',
		write: false,
		metafile: true,
		logLevel: 'error'
	});
	const folds = { exports: /** @type {{ schemaFolds(): unknown }} */ ({}) };
	new Function('module', 'exports', outputFiles[0].text)(folds, folds.exports);
	return { json: JSON.stringify(folds.exports.schemaFolds()), inputs: Object.keys(metafile.inputs) };
}

/** Builds into `outdir` (build-cli/; a test builds elsewhere, under the root so that packages resolve). @param {string} [outdir] */
export async function buildCli(outdir = join(root, 'build-cli')) {
	// A fresh folder: chunk names change with their content, and old ones (and their caches) would stay behind.
	rmSync(outdir, { recursive: true, force: true });
	const folds = await schemaFoldsJson().catch((e) => {
		process.stderr.write(`build-cli: the schema's folds not computed, the CLI folds them at start: ${String(e instanceof Error ? e.message : e).split('\n')[0]}\n`);
		return { json: null, inputs: [] };
	});
	// A string the script parses (JSON.parse reads data faster than V8 builds it from a literal).
	const define = folds.json ? { ...LOADS_ON_DEMAND, __SCHEMA_FOLDS__: JSON.stringify(folds.json) } : LOADS_ON_DEMAND;
	const { metafile } = await build({
		absWorkingDir: root,
		entryPoints: { main: 'src/cli/main.ts', 'normalize-worker': 'src/cli/normalize-worker.ts' },
		outdir,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		packages: 'external',
		define,
		metafile: true,
		logLevel: 'warning'
	});
	const scriptInputs = await buildNormalizeScript(outdir, define);
	// The sources this build is made of (paths from the root), for scripts/build-state.cjs's staleness check:
	// written last, so a build cut short leaves none and the next start builds again.
	const sources = [...new Set([...Object.keys(metafile.inputs), ...scriptInputs, ...folds.inputs])].filter((p) => p.startsWith('src/'));
	writeFileSync(join(outdir, 'sources.json'), JSON.stringify(sources) + '\n');
}

/**
 * The loaders' `if (LOAD_AT_IMPORT) await load…();` lines, dead in the CLI (LOAD_AT_IMPORT is false
 * where __CLI_LOADS_ON_DEMAND__ is defined) but top-level awaits, which a CommonJS script cannot hold.
 */
/** @type {import('esbuild').Plugin} */
const dropLoadAtImport = {
	name: 'drop-load-at-import',
	setup(b) {
		b.onLoad({ filter: /[\\/]src[\\/]lib[\\/]read[\\/][^\\/]+\.ts$/ }, (args) => ({
			contents: readFileSync(args.path, 'utf8').replace(/^if \(LOAD_AT_IMPORT\) await [^\n;]+;$/gm, ''),
			loader: 'ts'
		}));
	}
};

/**
 * A CommonJS script run through V8's code cache cannot import() (Node 20 drops the script's import
 * hook when V8 takes the cache), so the bundle requires its packages, dynamic imports too. SheetJS's
 * code pages are an ES module under the name the source imports; their CommonJS build is the same tables.
 */
/** @type {import('esbuild').Plugin} */
const requireCodepages = {
	name: 'require-codepages',
	setup(b) {
		b.onResolve({ filter: /^@e965\/xlsx\/dist\/cpexcel\.full\.mjs$/ }, () => ({ path: '@e965/xlsx/dist/cpexcel.js', external: true }));
	}
};

/**
 * fflate builds its tables when it loads (a loop of 32,768 steps among them, which V8's interpreter runs
 * at every start), and normalize inflates with Node's zlib (src/cli/native-inflate.ts): it needs fflate
 * only for a part zlib refuses, to say why. So normalize.cjs requires fflate at its first use.
 */
/** @type {import('esbuild').Plugin} */
const fflateAtFirstUse = {
	name: 'fflate-at-first-use',
	setup(b) {
		b.onResolve({ filter: /^fflate$/ }, (args) =>
			args.namespace === 'fflate-at-first-use' ? { path: 'fflate', external: true } : { path: 'fflate', namespace: 'fflate-at-first-use' }
		);
		b.onLoad({ filter: /.*/, namespace: 'fflate-at-first-use' }, () => ({
			contents: [
				"let fflate;",
				"const load = () => (fflate ??= require('fflate'));",
				'export function inflateSync(...args) { return load().inflateSync(...args); }',
				'export function Inflate(...args) { return new (load().Inflate)(...args); }'
			].join('\n'),
			loader: 'js',
			resolveDir: root
		}));
	}
};

/**
 * build-cli/normalize.cjs: the normalize door as one CommonJS script (the packages from node_modules,
 * fflate at its first use) and its code cache, made by reading the demo forms (static/demo) once.
 * A start then skips the ES module loader and compiling the reader (docs/performance.md). Either
 * failing leaves the CLI as it is without them (bin/anquanyue.js runs build-cli/main.js), with a warning.
 * @param {string} outdir
 * @param {Record<string, string>} define
 * @returns {Promise<string[]>} the script's inputs (paths from the root)
 */
async function buildNormalizeScript(outdir, define) {
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const packages = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((p) => p !== 'fflate'); // fflateAtFirstUse's
	const bundle = join(outdir, 'normalize.cjs');
	let metafile;
	try {
		({ metafile } = await build({
			absWorkingDir: root,
			entryPoints: ['src/cli/normalize-bundle.ts'],
			outfile: bundle,
			bundle: true,
			format: 'cjs',
			platform: 'node',
			target: 'node20',
			external: packages.flatMap((p) => [p, `${p}/*`]),
			// The reading threads start from the ES module build beside it (read-workers.ts).
			banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
			define: { ...define, 'import.meta.url': '__bundle_url' },
			logOverride: { 'empty-import-meta': 'silent' },
			supported: { 'dynamic-import': false },
			plugins: [dropLoadAtImport, requireCodepages, fflateAtFirstUse],
			metafile: true,
			logLevel: 'error'
		}));
	} catch (e) {
		rmSync(bundle, { force: true });
		process.stderr.write(`build-cli: normalize.cjs not built, the CLI runs without it: ${String(e instanceof Error ? e.message : e).split('\n')[0]}\n`);
		return [];
	}
	const demo = join(root, 'static', 'demo');
	if (!existsSync(demo)) return Object.keys(metafile.inputs);
	const inputs = readdirSync(demo).filter((f) => /\.(xlsx|xls|csv)$/i.test(f)).map((f) => join(demo, f));
	const made = spawnSync(process.execPath, [join(root, 'scripts', 'make-code-cache.js'), bundle, ...inputs], { encoding: 'utf8' });
	if (made.status !== 0) process.stderr.write(`build-cli: no code cache made, the CLI runs without it: ${made.stderr.slice(-500)}\n`);
	return Object.keys(metafile.inputs);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
