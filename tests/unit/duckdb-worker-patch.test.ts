/**
 * The build-time patch of DuckDB's worker scripts (scripts/duckdb-worker-patch.ts):
 * it applies to both shipped workers, refuses a text it does not know, and the
 * patched dynamic-linking code gives every GOT entry anyone asks for the value
 * Emscripten's eager code gives it — run side by side on the real minified
 * functions, cut out of the shipped worker, over random export sets.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import fc from 'fast-check';
import { patchDuckDBWorker, patchOrShip } from '../../scripts/duckdb-worker-patch';

const require = createRequire(import.meta.url);
const worker = (v: 'eh' | 'mvp') => readFileSync(require.resolve(`@duckdb/duckdb-wasm/dist/duckdb-browser-${v}.worker.js`), 'utf8');

/** The text from `start` up to (not including) `end`, each found exactly once. */
function cut(src: string, start: string, end: string): string {
	const i = src.indexOf(start);
	const j = src.indexOf(end, i);
	if (i < 0 || j < 0 || src.indexOf(start, i + 1) >= 0) throw new Error(`cannot cut ${start}…${end}`);
	return src.slice(i, j);
}

interface Linker {
	GOT: Record<string, WebAssembly.Global & { required?: boolean }>;
	GOTHandler: ProxyHandler<object>;
	relocateExports(exports: Record<string, unknown>, memoryBase: number): Record<string, unknown>;
	mergeLibSymbols(exports: Record<string, unknown>, lib: string): void;
	reportUndefinedSymbols(): void;
	wasmImports: Record<string, unknown>;
	Module: Record<string, unknown>;
	/** The function a table index holds (the stand-in table of addFunction). */
	table: unknown[];
}

/** Emscripten's linking functions from a worker's text, with a stand-in function table and `library` as its JS functions. */
function linker(src: string, library: Record<string, unknown>): Linker {
	const parts = [
		cut(src, 'var GOT={}', ',callRuntimeCallbacks='),
		'var ' + cut(src, 'isInternalSym=', ',uleb128Encode='),
		'var ' + cut(src, 'updateGOT=', ',resolveGlobalSymbol='),
		'var ' + cut(src, 'resolveGlobalSymbol=', ',UTF8ToString='),
		'var ' + cut(src, 'registerDynCallSymbols=', ';function loadDynamicLibrary'),
		'var ' + cut(src, 'mergeLibSymbols=', ',asyncLoad='),
		'var ' + cut(src, 'reportUndefinedSymbols=', ',loadDylibs=')
	];
	const body = `
		var wasmImports = Object.assign({}, library), Module = {}, table = [null];
		var addFunction = (f) => { var i = table.indexOf(f); if (i > 0) return i; table.push(f); return table.length - 1; };
		var err = (m) => { throw new Error(m); };
		${parts.join(';\n')};
		return { get GOT() { return GOT; }, GOTHandler, relocateExports, mergeLibSymbols, reportUndefinedSymbols, wasmImports, Module, table };`;
	return new Function('library', body)(library) as Linker;
}

/** What a GOT entry stands for: the function its table slot holds, or the address. */
const meaning = (l: Linker, name: string) => {
	const g = l.GOT[name];
	if (!g) return undefined;
	// Table indexes are small; addresses start at a memory base of 1024 or more.
	return g.value > 0 && g.value < l.table.length ? l.table[g.value] : g.value;
};

describe('duckdb-worker-patch', () => {
	it.each(['eh', 'mvp'] as const)('applies to the shipped %s worker, and the result is valid JavaScript', (v) => {
		const out = patchDuckDBWorker(worker(v));
		expect(out).toContain('materializeGOT');
		expect(out).toContain('linkMain');
		expect(out).not.toContain('typeof TransformStream');
		expect(() => new Script(out)).not.toThrow();
	});

	it('refuses a worker text it does not know, naming the patch', () => {
		const src = worker('eh').replace('function applySignatureConversions(e){e=Object.assign({},e);', 'function applySignatureConversions(e){');
		expect(() => patchDuckDBWorker(src)).toThrow(/applySignatureConversions: in place.*matches 0 times/);
	});

	it('builds such a worker unpatched, whole, with a warning naming the patch (an upgrade is never blocked)', () => {
		const src = worker('eh').replace('function applySignatureConversions(e){e=Object.assign({},e);', 'function applySignatureConversions(e){');
		const { text, warning } = patchOrShip(src);
		expect(text).toBe(src);
		expect(warning).toMatch(/applySignatureConversions: in place.*matches 0 times.*unpatched/);
		expect(patchOrShip(worker('eh')).warning).toBeNull();
	});

	it('the version package.json allows is the one the patches are written and tested for', () => {
		const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
		const installed = JSON.parse(readFileSync(join(process.cwd(), 'node_modules/@duckdb/duckdb-wasm/package.json'), 'utf8')).version;
		expect(pkg.dependencies['@duckdb/duckdb-wasm']).toBe('~1.32.0');
		expect(installed).toMatch(/^1\.32\./);
	});

	it('links like the eager code: GOT entries, wasmImports and dynCall_ look-ups (random modules, x / orig$x pairs, JS functions and stubs, side modules)', () => {
		const original = worker('eh');
		const patched = patchDuckDBWorker(original);
		const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'dynCall_v', 'dynCall_ii', '__wasm_call_ctors'];
		const name = fc.constantFrom(...names);
		// An export: a name, maybe orig$-prefixed, and a function (by number, the same number is the same function) or an address.
		const exp = fc.record({ name, orig: fc.boolean(), fn: fc.boolean(), n: fc.integer({ min: 0, max: 4 }) });
		// Imports: mostly of symbols defined by then (a module or the library); one time in ten any, which can fail to link.
		const module = fc.record({
			imports: fc.uniqueArray(name, { maxLength: 4 }),
			anyImports: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
			exports: fc.array(exp, { maxLength: 12 }),
			asks: fc.uniqueArray(name, { maxLength: 4 })
		});
		// The JS library before linking: functions the main module may also export, some of them stubs (Emscripten replaces those).
		const library = fc.uniqueArray(fc.record({ name, stub: fc.boolean() }), { maxLength: 4, selector: (f) => f.name });
		// Every name anyone could look up in wasmImports, Object.prototype's included.
		const universe = [...names, ...names.map((n) => 'orig$' + n), 'hasOwnProperty', 'toString', 'missing'];
		fc.assert(
			fc.property(module, fc.array(module, { maxLength: 2 }), library, (main, sides, lib) => {
				const fns = Array.from({ length: 5 }, (_, i) => Object.assign(() => i, { sig: 'v' }));
				const jsLibrary = Object.fromEntries(lib.map((f) => [f.name, Object.assign(() => f.name, { sig: 'v' }, f.stub ? { stub: true } : {})]));
				const defined = new Set(lib.map((f) => f.name));
				const importsOf = (m: typeof main) => {
					m.exports.forEach((e) => defined.add(e.name));
					return m.anyImports ? m.imports : m.imports.filter((n) => defined.has(n));
				};
				const imports = [main, ...sides].map(importsOf);
				const run = (l: Linker) => {
					const asked: string[] = [];
					const load = (m: typeof main, k: number, memoryBase: number) => {
						const got = new Proxy({}, l.GOTHandler);
						for (const n of imports[k]) {
							void (got as Record<string, unknown>)[n];
							asked.push(n);
						}
						const exports: Record<string, unknown> = {};
						for (const e of m.exports) exports[(e.orig ? 'orig$' : '') + e.name] = e.fn ? fns[e.n] : new WebAssembly.Global({ value: 'i32', mutable: true }, e.n * 8);
						const relocated = l.relocateExports(exports, memoryBase);
						l.mergeLibSymbols(relocated, 'lib');
						l.reportUndefinedSymbols();
						// Asked for after the module is linked (dlsym-like look-ups through the GOT).
						for (const n of m.asks) {
							void (got as Record<string, unknown>)[n];
							asked.push(n);
						}
						return relocated;
					};
					// A symbol some module needs and none exports is an error (the same one on both sides).
					let error: string | undefined;
					let mainExports: Record<string, unknown> = {};
					try {
						mainExports = load(main, 0, 1024);
						sides.forEach((s, i) => load(s, i + 1, 4096 * (i + 1)));
					} catch (e) {
						error = (e as Error).message;
					}
					return {
						error,
						got: Object.fromEntries(asked.map((n) => [n, meaning(l, n)])),
						imports: universe.map((n) => [n, n in l.wasmImports, l.wasmImports[n]]),
						exports: universe.map((n) => [n, mainExports[n]]),
						dynCalls: Object.entries(l.Module).sort()
					};
				};
				expect(run(linker(patched, jsLibrary))).toEqual(run(linker(original, jsLibrary)));
			}),
			{ numRuns: 600 }
		);
	});
});
