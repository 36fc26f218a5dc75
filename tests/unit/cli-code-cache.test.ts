/**
 * The built normalize script and its V8 code cache (scripts/build-cli.js, scripts/fast-start.cjs): the build
 * makes both, V8 takes the cache, the cache is named by the script's content so an edited script never
 * meets an old one, a rebuild leaves no old cache behind, and the CLI writes the same rows with the
 * cache, without it and without the script (the ES module program). scripts/build-state.cjs tells when a
 * build is stale. Built into a folder of its own (under node_modules/.cache, where packages resolve).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';
import { buildCli } from '../../scripts/build-cli.js';
import { isStale } from '../../scripts/build-state.cjs';

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FAST_START = join(ROOT, 'scripts/fast-start.cjs');

let out: string;
let forms: string;

beforeAll(async () => {
	mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
	out = mkdtempSync(join(ROOT, 'node_modules/.cache/anquanyue-cli-build-'));
	forms = mkdtempSync(join(tmpdir(), 'cli-code-cache-forms-'));
	for (const seed of [2000, 2001, 2002, 2003]) {
		const form = await makeFormWorkbook(randomFormSpec(seed, { format: 'xlsx' }));
		writeFileSync(join(forms, form.fileName), form.bytes);
	}
	await buildCli(out);
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const caches = () => readdirSync(out).filter((f) => f.endsWith('.cache'));

/** normalize from `bundle` in a fresh node process (V8's flags as a run starts): what became of the cache, and the CSV. */
function runScript(bundle: string, useCache: boolean) {
	const code = `import { loadWithCodeCache } from ${JSON.stringify(FAST_START)};
const { exports, cache } = loadWithCodeCache(${JSON.stringify(bundle)}, { useCache: ${useCache} });
process.stderr.write('cache: ' + cache + '\\n');
await exports.runNormalize(['--jobs', '1', ${JSON.stringify(forms)}]);`;
	const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
	return { code: r.status, stdout: r.stdout, cache: /cache: (\w+)/.exec(r.stderr)?.[1], stderr: r.stderr };
}

describe('the normalize script and its code cache', () => {
	it('are built together; V8 takes the cache; the rows are the source’s with it, without it and from the ES modules', () => {
		expect(existsSync(join(out, 'normalize.cjs'))).toBe(true);
		expect(caches()).toEqual([expect.stringMatching(/^normalize\.cjs\.[0-9a-f]{16}\.cache$/)]);
		const want = spawnSync(TSX, [join(ROOT, 'src/cli/normalize.ts'), '--jobs', '1', forms], { encoding: 'utf8' });
		expect(want.status, want.stderr).toBe(0);
		expect(want.stdout.split('\n').length).toBeGreaterThan(20);

		const cached = runScript(join(out, 'normalize.cjs'), true);
		expect(cached.cache, cached.stderr).toBe('accepted');
		expect(cached.stdout).toBe(want.stdout);
		const uncached = runScript(join(out, 'normalize.cjs'), false);
		expect(uncached.cache).toBe('none');
		expect(uncached.stdout).toBe(want.stdout);
		const modules = spawnSync(process.execPath, [join(out, 'main.js'), 'normalize', '--jobs', '1', forms], { encoding: 'utf8' });
		expect(modules.stdout).toBe(want.stdout);
		// The reading threads start from the ES module build beside the script.
		const twoThreads = spawnSync(process.execPath, ['--input-type=module', '-e', `import { loadWithCodeCache } from ${JSON.stringify(FAST_START)};
await loadWithCodeCache(${JSON.stringify(join(out, 'normalize.cjs'))}).exports.runNormalize(['--jobs', '2', ${JSON.stringify(forms)}]);`], { encoding: 'utf8' });
		expect(twoThreads.stdout).toBe(want.stdout);
	}, 120_000);

	it('an edited script does not meet the old cache (the cache is named by the content), and still runs', () => {
		const edited = join(out, 'edited.cjs');
		writeFileSync(edited, readFileSync(join(out, 'normalize.cjs'), 'utf8') + '\n// edited\n');
		const r = runScript(edited, true);
		expect(r.cache).toBe('none');
		expect(r.code, r.stderr).toBe(0);
		rmSync(edited);
	}, 60_000);

	it('a script edited to the very same length (V8 checks only the length) does not meet the cache either', () => {
		const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/anquanyue-cli-edited-'));
		try {
			const script = join(dir, 'normalize.cjs');
			const text = readFileSync(join(out, 'normalize.cjs'), 'utf8');
			writeFileSync(script, text);
			writeFileSync(join(dir, caches()[0]), readFileSync(join(out, caches()[0])));
			expect(runScript(script, true).cache).toBe('accepted');
			// One ASCII character of a comment changed: the same length, other content.
			const at = text.indexOf('// ');
			writeFileSync(script, text.slice(0, at) + '//_' + text.slice(at + 3));
			expect(readFileSync(script).length).toBe(Buffer.byteLength(text));
			const r = runScript(script, true);
			expect(r.cache).toBe('none');
			expect(r.code, r.stderr).toBe(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);

	it('a rebuild makes the cache anew and leaves no other behind', async () => {
		writeFileSync(join(out, 'normalize.cjs.0000000000000000.cache'), 'old');
		await buildCli(out);
		expect(caches()).toHaveLength(1);
		expect(runScript(join(out, 'normalize.cjs'), true).cache).toBe('accepted');
	}, 120_000);
});

describe('a build is stale (scripts/build-state.cjs)', () => {
	it('when a source it was made from is newer or gone, or the build is incomplete', () => {
		expect(isStale(ROOT, out)).toBe(false);
		const listed = join(mkdtempSync(join(tmpdir(), 'cli-stale-')), 'source.ts');
		writeFileSync(listed, '');
		const built = Date.now() / 1000 - 60;
		utimesSync(listed, built - 60, built - 60);
		const fake = mkdtempSync(join(ROOT, 'node_modules/.cache/anquanyue-cli-stale-'));
		try {
			writeFileSync(join(fake, 'main.js'), '');
			utimesSync(join(fake, 'main.js'), built, built);
			writeFileSync(join(fake, 'sources.json'), JSON.stringify([listed]));
			expect(isStale(ROOT, fake)).toBe(false);
			utimesSync(listed, built + 30, built + 30);
			expect(isStale(ROOT, fake)).toBe(true);
			rmSync(listed);
			expect(isStale(ROOT, fake)).toBe(true);
			rmSync(join(fake, 'sources.json'));
			expect(isStale(ROOT, fake)).toBe(true);
		} finally {
			rmSync(fake, { recursive: true, force: true });
		}
	});
});
