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
import { Script } from 'node:vm';
import fc from 'fast-check';
import { patchDuckDBWorker } from '../../scripts/duckdb-worker-patch';

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

/** Emscripten's linking functions from a worker's text, with a stand-in function table. */
function linker(src: string): Linker {
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
		var wasmImports = {}, Module = {}, table = [null];
		var addFunction = (f) => { var i = table.indexOf(f); if (i > 0) return i; table.push(f); return table.length - 1; };
		var err = (m) => { throw new Error(m); };
		${parts.join(';\n')};
		return { get GOT() { return GOT; }, GOTHandler, relocateExports, mergeLibSymbols, reportUndefinedSymbols, wasmImports, Module, table };`;
	return new Function(body)() as Linker;
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
		expect(out).not.toContain('typeof TransformStream');
		expect(() => new Script(out)).not.toThrow();
	});

	it('refuses a worker text it does not know, naming the patch', () => {
		const src = worker('eh').replace('function applySignatureConversions(e){e=Object.assign({},e);', 'function applySignatureConversions(e){');
		expect(() => patchDuckDBWorker(src)).toThrow(/applySignatureConversions: in place.*matches 0 times/);
	});

	it('gives every GOT entry asked for the value the eager linking gives it (random modules, x / orig$x pairs, side modules)', () => {
		const original = worker('eh');
		const patched = patchDuckDBWorker(original);
		const name = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'dynCall_v', 'dynCall_ii', '__wasm_call_ctors');
		// An export: a name, maybe orig$-prefixed, and a function (by number, the same number is the same function) or an address.
		const exp = fc.record({ name, orig: fc.boolean(), fn: fc.boolean(), n: fc.integer({ min: 0, max: 4 }) });
		const module = fc.record({ imports: fc.uniqueArray(name, { maxLength: 4 }), exports: fc.array(exp, { maxLength: 12 }), asks: fc.uniqueArray(name, { maxLength: 4 }) });
		fc.assert(
			fc.property(module, fc.array(module, { maxLength: 2 }), (main, sides) => {
				const fns = Array.from({ length: 5 }, (_, i) => Object.assign(() => i, { sig: 'v' }));
				const run = (l: Linker) => {
					const asked: string[] = [];
					const load = (m: typeof main, memoryBase: number) => {
						const got = new Proxy({}, l.GOTHandler);
						for (const n of m.imports) {
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
					};
					// A symbol some module needs and none exports is an error (the same one on both sides).
					let error: string | undefined;
					try {
						load(main, 1024);
						sides.forEach((s, i) => load(s, 4096 * (i + 1)));
					} catch (e) {
						error = (e as Error).message;
					}
					return { error, got: Object.fromEntries(asked.map((n) => [n, meaning(l, n)])), imports: Object.keys(l.wasmImports).sort(), dynCalls: Object.keys(l.Module).sort() };
				};
				expect(run(linker(patched))).toEqual(run(linker(original)));
			}),
			{ numRuns: 400 }
		);
	});
});
