// Runs the normalize door from build-cli/normalize.cjs (one CommonJS script, scripts/build-cli.js)
// through V8's code cache: the build reads the demo forms once and keeps the bytecode V8 compiled for
// them, so a run starts with the reader already compiled instead of parsing and compiling it again.
// Without a cache (or with one V8 refuses) the same script compiles as usual.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/** @typedef {{ runNormalize(argv: string[]): Promise<void>, untune(): void }} NormalizeScript */

/**
 * The cache file of a bundle's bytes. V8 checks a cache only against its script's length (and V8's
 * version and flags), so the name carries a checksum of the bundle's content and its length: a cache
 * never meets a bundle it was not made from. The checksum is zlib's CRC-32 (zlib is loaded for the
 * .xlsx parts anyway; hashing with node:crypto cost a start more than the hashing, to load crypto),
 * or a SHA-256 on a Node without zlib.crc32 (before 20.15).
 * @param {string} bundle
 * @param {Buffer} bytes
 */
function cacheFileOf(bundle, bytes) {
	const { crc32 } = require('node:zlib');
	const key = crc32
		? crc32(bytes).toString(16).padStart(8, '0') + bytes.length.toString(16).padStart(8, '0')
		: require('node:crypto').createHash('sha256').update(bytes).digest('hex').slice(0, 16);
	return `${bundle}.${key}.cache`;
}

/**
 * Loads `bundle` (a CommonJS script) with its code cache, if any: its exports, the compiled script
 * (to make a cache from) and what became of the cache ('accepted', 'rejected' or 'none').
 * @param {string} bundle an absolute path
 * @param {{ useCache?: boolean }} [options]
 */
function loadWithCodeCache(bundle, { useCache = true } = {}) {
	const bytes = readFileSync(bundle);
	const source = bytes.toString('utf8');
	const cacheFile = cacheFileOf(bundle, bytes);
	/** @type {Buffer | undefined} */
	let cachedData;
	if (useCache) {
		try {
			cachedData = readFileSync(cacheFile);
		} catch {
			cachedData = undefined;
		}
	}
	// Node's own CommonJS wrapper, on the first line so that line numbers in errors stay the file's.
	const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
		filename: bundle,
		cachedData
	});
	const module = /** @type {{ exports: NormalizeScript }} */ ({ exports: {} });
	script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
	const cache = cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : 'none';
	return { exports: module.exports, script, cacheFile, cache };
}

/**
 * Makes `bundle`'s code cache: runs normalize on `inputs` (one thread, output thrown away) so that
 * V8 compiles what a run compiles, then saves that bytecode beside the bundle (written whole, then
 * renamed into place). Returns the cache file.
 * @param {string} bundle an absolute path
 * @param {string[]} inputs
 * @param {string} devNull where the facts go
 */
async function makeCodeCache(bundle, inputs, devNull) {
	const { exports, script, cacheFile } = loadWithCodeCache(bundle, { useCache: false });
	await exports.runNormalize(['--jobs', '1', '--out', devNull, ...inputs]);
	// The run raised V8's interrupt budget for a small input; runs load the script before they do.
	exports.untune();
	const partial = `${cacheFile}.${process.pid}`;
	writeFileSync(partial, script.createCachedData());
	renameSync(partial, cacheFile);
	return cacheFile;
}

module.exports = { loadWithCodeCache, makeCodeCache };
