/**
 * A build-time patch of DuckDB-WASM's browser worker scripts (eh and mvp), as a
 * Vite plugin: the app's `?url` imports of them resolve to patched copies, so
 * the emitted asset's name hashes the patched text.
 *
 * Why: DuckDB's wasm is an Emscripten MAIN_MODULE (it can load extensions as
 * side modules) with 75,011 exports. Emscripten's start-up links it in plain
 * JavaScript, and that was ~0.3 s of DuckDB's thread, which is the start's
 * critical path (README, Performance):
 * - every export got a GOT entry (a WebAssembly.Global) and every exported
 *   function a slot of its own in the function table (65,167 of them), although
 *   only the ~270 entries some module imports are ever read;
 * - three more passes over the exports built an array and a closure per export.
 *
 * The patches, each the same behaviour at lower cost:
 * 1. Lazy GOT: the main module's exports that no module has asked for yet are
 *    kept in a Map (the last of a name's `x` / `orig$x` pair wins, as in the
 *    loop it replaces) and made into a GOT entry, with the value the eager loop
 *    would have given it, when first asked for (GOTHandler, a side module's
 *    relocation). An entry nobody asks for is never read.
 * 2. mergeLibSymbols / registerDynCallSymbols: `for…in` instead of
 *    Object.entries and a closure per export.
 * 3. applySignatureConversions wraps its 18 functions in the object
 *    relocateExports has just built instead of copying all 75,011 first.
 * 4. The wasm is compiled from the fetch Response itself, not through a JS
 *    TransformStream that only reported download progress (the app shows none):
 *    the bytes skip a trip through JavaScript, and a Response straight from
 *    fetch is one V8 may keep compiled code for in the HTTP cache.
 *
 * Each patch matches the minified text of @duckdb/duckdb-wasm 1.32.0 exactly
 * once or the build fails saying which: a new DuckDB version must be looked
 * at again, not silently shipped half-patched.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

interface Patch {
	name: string;
	find: RegExp;
	replace: string;
}

const PATCHES: Patch[] = [
	{
		name: 'GOT: the deferred entries and materializeGOT',
		find: /var GOT=\{\}/,
		replace:
			'var GOT={},deferredGOT=null,materializeGOT=s=>{var v=deferredGOT?deferredGOT.get(s):void 0;if(v===void 0||GOT[s])return;deferredGOT.delete(s);' +
			'var g=GOT[s]=new WebAssembly.Global({value:"i32",mutable:!0});' +
			'typeof v=="function"?g.value=addFunction(v):typeof v=="number"?g.value=v:err("unhandled export type for \'".concat(s,"\': ").concat(typeof v))}'
	},
	{
		name: 'GOT: GOTHandler makes a deferred entry first',
		find: /GOTHandler=\{get\((\w),(\w)\)\{/,
		replace: 'GOTHandler={get($1,$2){materializeGOT($2);'
	},
	{
		name: 'GOT: updateGOT defers the main module’s entries nobody asked for',
		find: /updateGOT=\((\w),(\w)\)=>\{for\(var (\w) in \1\)if\(!isInternalSym\(\3\)\)\{var (\w)=\1\[\3\];\3\.startsWith\("orig\$"\)&&\(\3=\3\.split\("\$"\)\[1\],\2=!0\),/,
		replace:
			'updateGOT=($1,$2)=>{var isMain=!deferredGOT;isMain&&(deferredGOT=new Map);for(var $3 in $1)if(!isInternalSym($3)){var $4=$1[$3];$3.startsWith("orig$")&&($3=$3.split("$")[1],$2=!0);' +
			'if(!GOT[$3]){if(isMain){deferredGOT.set($3,$4);continue}materializeGOT($3)}'
	},
	{
		name: 'mergeLibSymbols: for…in, no closure per export',
		find: /for\(var\[(\w),(\w)\]of Object\.entries\((\w)\)\)\((\w)=>\{isSymbolDefined\(\4\)\|\|\(wasmImports\[\4\]=\2\)\}\)\(\1\)/,
		replace: 'for(var $1 in $3)isSymbolDefined($1)||(wasmImports[$1]=$3[$1])'
	},
	{
		name: 'registerDynCallSymbols: for…in',
		find: /registerDynCallSymbols=(\w)=>\{for\(var\[(\w),(\w)\]of Object\.entries\(\1\)\)\2\.startsWith\("dynCall_"\)&&!Module\.hasOwnProperty\(\2\)&&\(Module\[\2\]=\3\)\}/,
		replace: 'registerDynCallSymbols=$1=>{for(var $2 in $1)$2.startsWith("dynCall_")&&!Module.hasOwnProperty($2)&&(Module[$2]=$1[$2])}'
	},
	{
		name: 'applySignatureConversions: in place',
		find: /function applySignatureConversions\((\w)\)\{\1=Object\.assign\(\{\},\1\);/,
		replace: 'function applySignatureConversions($1){'
	},
	{
		name: 'instantiate: from the fetch Response, no progress stream',
		find: /typeof TransformStream=="function"/,
		replace: '!1'
	},
	{
		name: 'instantiate: no warning about the progress stream',
		find: /console\.warn\("instantiating without progress handler since transform streams are unavailable"\);/,
		replace: ''
	}
];

/** The worker script with every patch applied; throws naming a patch that does not match exactly once. */
export function patchDuckDBWorker(source: string): string {
	let out = source;
	for (const p of PATCHES) {
		const all = new RegExp(p.find.source, 'g');
		const n = [...out.matchAll(all)].length;
		if (n !== 1) throw new Error(`duckdb-worker-patch: "${p.name}" matches ${n} times, not once: is @duckdb/duckdb-wasm still 1.32.0?`);
		out = out.replace(p.find, p.replace);
	}
	return out;
}

/** The worker scripts the app imports with `?url` (src/lib/db/wasm-bundle.ts). */
const WORKERS = /^@duckdb\/duckdb-wasm\/dist\/(duckdb-browser-(?:eh|mvp)\.worker\.js)\?url$/;

/** Vite plugin: those imports resolve to patched copies written under node_modules/.cache. */
export function duckdbWorkerPatch(): Plugin {
	const require = createRequire(import.meta.url);
	let outDir = '';
	return {
		name: 'duckdb-worker-patch',
		enforce: 'pre',
		configResolved(config) {
			outDir = resolve(config.root, 'node_modules/.cache/duckdb-worker-patch');
		},
		resolveId(source) {
			const m = WORKERS.exec(source);
			if (!m) return null;
			const original = require.resolve(`@duckdb/duckdb-wasm/dist/${m[1]}`);
			const patched = join(outDir, m[1]);
			mkdirSync(outDir, { recursive: true });
			// Without its source map: the patches moved the columns it maps.
			writeFileSync(patched, patchDuckDBWorker(readFileSync(original, 'utf8')).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
			return `${patched}?url`;
		}
	};
}
