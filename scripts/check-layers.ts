// Imports run one way, down the data flow: a file may import from its own layer or a lower one,
// never from a higher one, and no files may import each other in a circle (types included). No source
// file is over 400 lines except the data tables named below.
// Run by `npm run check`; prints each offence and exits 1.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** The layers, lowest first; each names folders or files under src/. */
const LAYERS = [
	['lib/base'], // leaves: bilingual problems, Chinese numerals, outline numbers
	['lib/read'], // bytes → workbook
	['lib/schema', 'lib/i18n'], // activities, metrics, the label matcher; the UI's words (named after the schema's)
	['lib/facts'], // the fact record, ledger, units, regions, years
	['lib/shapes'], // recognize each sheet's shape and read it into facts
	['lib/mapping', 'lib/roster'], // the user's mapping profile; the roster of units expected to report
	['lib/pipeline.ts', 'lib/resolve.ts'], // one file → facts; filings resolved, mapping applied
	['lib/checks'],
	['lib/workspace'],
	['lib/db'],
	['lib/model'], // the build worker: facts → tables
	['lib/ingest'], // the worker pool
	['lib/chart'], // ECharts options, pure
	['lib/query'], // the filter, the SQL it binds, region roll-ups, KPIs, gaps: pure
	['lib/report'], // tables, charts and the draft text for the 总结报告
	['lib/export'], // CSV, .xlsx, .docx, chart images
	['lib/dashboard'], // the page's state: imports, rebuild, persistence, query clients, the draft's edits
	['lib/components', 'cli'], // the doors
	['routes']
];

const SRC = 'src';
const layerOf = (file: string): number | null => {
	const path = relative(SRC, file);
	const i = LAYERS.findIndex((names) => names.some((n) => path === n || path.startsWith(n + '/')));
	return i < 0 ? null : i;
};

const sources = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|js|svelte)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []
	);

/** The file an import names (`$lib/…` or relative), or null for a package. */
function resolve(from: string, spec: string): string | null {
	const base = spec.startsWith('$lib/') ? join(SRC, 'lib', spec.slice(5)) : spec.startsWith('.') ? join(dirname(from), spec) : null;
	if (!base) return null;
	const candidates = [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')];
	return candidates.map(normalize).find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
/** Files that are data (the schema's metrics with their phrasings), not code: exempt from the size rule. */
const DATA_TABLES = new Set(['src/lib/schema/metrics.ts']);
const MAX_LINES = 400;
const graph = new Map<string, string[]>();
const tooLong: string[] = [];
for (const file of sources(SRC)) {
	const raw = readFileSync(file, 'utf8');
	const lines = raw.split('\n').length - (raw.endsWith('\n') ? 1 : 0);
	if (lines > MAX_LINES && !DATA_TABLES.has(file)) tooLong.push(`${file} has ${lines} lines (at most ${MAX_LINES}): split it by what its parts do`);
	const text = raw.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
	graph.set(file, [...text.matchAll(IMPORT)].map((m) => resolve(file, m[1] ?? m[2])).filter((t): t is string => t !== null));
}

const problems: string[] = [...tooLong];
for (const [file, targets] of graph)
	for (const target of targets) {
		const [a, b] = [layerOf(file), layerOf(target)];
		if (a !== null && b !== null && b > a) problems.push(`${file} imports ${target}: a higher layer (${LAYERS[b][0]} above ${LAYERS[a][0]})`);
	}

// Circles: a depth-first walk; meeting a file still on the path closes one.
const state = new Map<string, 'open' | 'done'>();
const path: string[] = [];
function walk(file: string): void {
	state.set(file, 'open');
	path.push(file);
	for (const next of graph.get(file) ?? []) {
		if (state.get(next) === 'open') problems.push(`circle: ${[...path.slice(path.indexOf(next)), next].join(' → ')}`);
		else if (!state.has(next)) walk(next);
	}
	path.pop();
	state.set(file, 'done');
}
for (const file of graph.keys()) if (!state.has(file)) walk(file);

const unplaced = [...graph.keys()].filter((f) => layerOf(f) === null && !/^src\/app\./.test(f));
for (const f of unplaced) problems.push(`${f} is in no layer: add its folder to LAYERS in scripts/check-layers.ts`);

if (problems.length) {
	console.error(`Against the house rules (layers, lowest first: ${LAYERS.map((l) => l.join(" ")).join(" < ")}):\n  ${problems.join("\n  ")}`);
	process.exit(1);
}
console.log(`layers: ${graph.size} files, every import runs down, no circle, none over ${MAX_LINES} lines but data tables`);
