/**
 * A build-time patch of DuckDB-WASM's browser worker scripts (eh and mvp), as a
 * Vite plugin: the app's `?url` imports of them resolve to patched copies, so
 * the emitted asset's name hashes the patched text.
 *
 * Why: DuckDB's wasm is an Emscripten MAIN_MODULE (it can load extensions as
 * side modules) with 75,011 exports. Emscripten's start-up links it in plain
 * JavaScript, and that was ~0.4 s of DuckDB's thread, which is the start's
 * critical path (README, Performance):
 * - every export got a GOT entry (a WebAssembly.Global) and every exported
 *   function a slot of its own in the function table (65,167 of them), although
 *   only the ~270 entries some module imports are ever read;
 * - the exports were copied twice (relocated, then into `wasmImports`), and
 *   three more passes built an array and a closure per export.
 *
 * The patches, each the same behaviour at lower cost:
 * 1. The main module is linked lazily (MAIN_LINK below): one pass over its
 *    export names instead of five over its exports; its relocated exports and
 *    `wasmImports`' copy of them become a view that relocates a value when it
 *    is read; a GOT entry is made, with the value the eager loop would have
 *    given it, when some module first asks for it (GOTHandler, a side module's
 *    relocation). An entry nobody asks for is never made.
 *    A side module (an extension; the app loads none) links as Emscripten
 *    wrote it, after the main module's entries it asks for are made.
 * 2. applySignatureConversions wraps its 18 functions in place. Required by 1,
 *    not only cheaper: its `Object.assign({}, exports)` would copy the view's
 *    own properties, which are none.
 * 3. The wasm is compiled from the fetch Response itself, not through a JS
 *    TransformStream that only reported download progress (the app shows none):
 *    the bytes skip a trip through JavaScript, and a Response straight from
 *    fetch is one V8 may keep compiled code for in the HTTP cache.
 * 4. The wasm is fetched and compiled as soon as the worker's script runs,
 *    when the page names it in the worker's URL (`#` and the wasm's URL):
 *    not after the page has imported DuckDB's module and sent `instantiate`.
 *    The instantiate that asks for the same URL uses that compilation; any
 *    other URL is fetched as before.
 *
 * Each patch must match the minified text exactly once. The patches hang
 * together (1 needs 2), so a DuckDB version where one does not match is built
 * unpatched, whole, with a warning naming the patch: an upgrade is never
 * blocked, it only starts as slowly as DuckDB ships. The unit test asserts that
 * the pinned version (package.json's range) is patched.
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

/**
 * The main module's linking, lazy (the first five patches below). Emscripten's code, in the order
 * it runs: the main module's `relocateExports` copies its 75,011 exports (data
 * addresses plus the memory base); `updateGOT` gives each a GOT entry (the last
 * of a name's `x` / `orig$x` pair in export order wins: a sticky `replace`);
 * `mergeLibSymbols` copies them all into `wasmImports` (where a JS function is
 * already defined it stays; a stub is replaced) and every `dynCall_` into Module.
 * Here one pass over the export names finds what the order decides (each name's
 * winning export, where an `orig$` twin exists; the `dynCall_` names); the
 * relocated exports are a view that relocates a value when it is read;
 * `wasmImports` falls back to that view (its prototype) instead of holding a
 * copy; a GOT entry is made when some module first asks for it.
 */
const MAIN_LINK =
	'mainLink=null,' +
	'relocatedValue=(l,t)=>(typeof l=="object"&&(l=l.value),typeof l=="number"&&(l+=t),l),' +
	'setGOTValue=(g,v,s)=>{typeof v=="function"?g.value=addFunction(v):typeof v=="number"?g.value=v:err("unhandled export type for \'".concat(s,"\': ").concat(typeof v))},' +
	// The export a GOT name takes from the main module: its orig$ twin's or its own (undefined: none).
	'mainGOTName=s=>mainLink.won.has(s)?mainLink.won.get(s):s in mainLink.e&&!s.startsWith("orig$")&&!isInternalSym(s)?s:void 0,' +
	'linkMain=(e,t,r)=>{var k,s,keys=Object.keys(e),twins=new Set,won=new Map,dynCalls=[];' +
	'for(k of keys)k.startsWith("orig$")&&twins.add(k.split("$")[1]);' +
	'for(k of keys)isInternalSym(k)||(s=k.startsWith("orig$")?k.split("$")[1]:k,twins.has(s)&&won.set(s,k),k.startsWith("dynCall_")&&dynCalls.push(k));' +
	'var view=new Proxy({},{get:(o,k,q)=>typeof k=="string"&&k in e?relocatedValue(e[k],t):Reflect.get(o,k,q),has:(o,k)=>typeof k=="string"&&k in e||Reflect.has(o,k)});' +
	'mainLink={e,won,dynCalls,view,exports:Object.create(view)};' +
	// The entries the main module's own imports made while it was instantiated.
	'for(k of Object.keys(GOT))s=mainGOTName(k),s!==void 0&&(r||GOT[k].value==0)&&setGOTValue(GOT[k],view[s],k);' +
	'return mainLink.exports},' +
	'mergeMain=()=>{var k;for(k of mainLink.dynCalls)Module.hasOwnProperty(k)||(Module[k]=mainLink.view[k]);' +
	'for(k of Object.keys(wasmImports))!isSymbolDefined(k)&&k in mainLink.e&&delete wasmImports[k];' +
	'Object.setPrototypeOf(wasmImports,mainLink.view)},' +
	'materializeGOT=s=>{if(!mainLink||GOT[s])return;var r=mainGOTName(s);r!==void 0&&setGOTValue(GOT[s]=new WebAssembly.Global({value:"i32",mutable:!0}),mainLink.view[r],s)}';

const PATCHES: Patch[] = [
	{
		name: 'main module: the lazy linking',
		find: /var GOT=\{\}/,
		replace: `var GOT={},${MAIN_LINK}`
	},
	{
		name: 'main module: relocateExports links it lazily',
		find: /relocateExports=\((\w),(\w),(\w)\)=>\{var (\w)=\{\};/,
		replace: 'relocateExports=($1,$2,$3)=>{if(!mainLink)return linkMain($1,$2,$3);var $4={};'
	},
	{
		name: 'main module: mergeLibSymbols merges it lazily',
		find: /mergeLibSymbols=\((\w),(\w)\)=>\{registerDynCallSymbols\(\1\);/,
		replace: 'mergeLibSymbols=($1,$2)=>{if(mainLink&&$1===mainLink.exports)return mergeMain();registerDynCallSymbols($1);'
	},
	{
		name: 'GOT: GOTHandler makes the main module’s entry first',
		find: /GOTHandler=\{get\((\w),(\w)\)\{/,
		replace: 'GOTHandler={get($1,$2){materializeGOT($2);'
	},
	{
		name: 'GOT: a side module’s updateGOT makes the main module’s entry first',
		find: /(\w)\.startsWith\("orig\$"\)&&\(\1=\1\.split\("\$"\)\[1\],(\w)=!0\),GOT\[\1\]\|\|/,
		replace: '$1.startsWith("orig$")&&($1=$1.split("$")[1],$2=!0),GOT[$1]||materializeGOT($1),GOT[$1]||'
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
		name: 'prefetch: the wasm named in the worker URL, compiled at once',
		find: /^"use strict";/,
		replace:
			'"use strict";var duckdbPrefetch=(()=>{var u=self.location.hash.slice(1);if(!u)return null;u=new URL(decodeURIComponent(u),self.location.href).href;' +
			'var m=WebAssembly.compileStreaming(fetch(u));m.catch(()=>{});return{url:u,module:m}})();'
	},
	{
		name: 'instantiate: the prefetched compilation when it is of the same URL',
		find: /let (\w)=new Request\(this\.mainModuleURL\);WebAssembly\.instantiateStreaming\(fetch\(\1\),(\w)\)/,
		replace:
			'let $1=new Request(this.mainModuleURL),pf=duckdbPrefetch;duckdbPrefetch=null;' +
			'(pf&&pf.url===$1.url?pf.module.then(m=>WebAssembly.instantiate(m,$2).then(i=>({instance:i,module:m}))):WebAssembly.instantiateStreaming(fetch($1),$2))'
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
		if (n !== 1) throw new Error(`duckdb-worker-patch: "${p.name}" matches ${n} times, not once (written for @duckdb/duckdb-wasm 1.32.0)`);
		out = out.replace(p.find, p.replace);
	}
	return out;
}

/** The worker script patched, or as shipped with the reason when a patch does not match (then none is applied). */
export function patchOrShip(source: string): { text: string; warning: string | null } {
	try {
		return { text: patchDuckDBWorker(source), warning: null };
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		return { text: source, warning: `${why} — DuckDB's worker is built unpatched (it works; it starts slower). Look at scripts/duckdb-worker-patch.ts for this version.` };
	}
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
			const { text, warning } = patchOrShip(readFileSync(original, 'utf8'));
			if (warning) this.warn(warning);
			// Without its source map: the patches moved the columns it maps.
			writeFileSync(patched, text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
			return `${patched}?url`;
		}
	};
}
