/**
 * The browser half of `npm run bench`: the built app (build/) in headless
 * Chromium, driven by playwright-core through the e2e harness. Each function
 * returns numbers for the bench's closing JSON line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromiumPids, openApp, ready } from '../../tests/e2e/harness';
import { makeFormWorkbook, randomFormSpec } from '../../tests/fixtures/forms';
import { makeBigWideWorkbook } from '../../tests/fixtures/wide';
import { stealMeter, stealNote } from './cpu-steal';

type Log = (line: string) => void;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

type Watched = Window & { __paintedWhen: (selector: string) => Promise<number>; __readyPainted?: number };

/**
 * Runs in the page before its scripts. `__paintedWhen(selector)` resolves, in
 * the page's own clock, once an element comes to match and the frame showing
 * it is painted (the harness noticing it later is not the page's time);
 * `__readyPainted` is that time for the ready marker's first appearance.
 * No named inner functions: tsx would wrap them in a helper the page lacks.
 */
function watchPaints() {
	const w = window as unknown as Watched;
	w.__paintedWhen = (selector) =>
		new Promise((resolve) => {
			const mo = new MutationObserver(() => {
				if (!document.querySelector(selector)) return;
				mo.disconnect();
				requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
			});
			mo.observe(document, { childList: true, subtree: true, attributes: true });
		});
	void w.__paintedWhen('[data-testid="ready"]').then((t) => (w.__readyPainted = t));
}

/** The page's performance marks (db:…, import:…, model:…), as "name ms" — where the start spent its time. */
const marksOf = (page: Page) => page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`).join(', '));

/** DuckDB-WASM alone (src/cli/bench-floor), built into a temporary folder: the start's control. */
async function buildFloor(): Promise<string> {
	const { build } = await import('vite');
	const out = mkdtempSync(join(tmpdir(), 'bench-floor-'));
	await build({ root: 'src/cli/bench-floor', configFile: false, logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
	return out;
}

/**
 * Every `.js`/`.mjs` response of the page and its workers into `js`: path → gzipped bytes (`js_gzip_kb`;
 * also scripts/start-js.ts). Returns a wait for the bodies asked for so far: call it before the page
 * closes (a body read while it closes fails; a script answered only then came after the start).
 */
export function countScripts(page: Page, js: Map<string, number>): () => Promise<void> {
	const reading: Promise<unknown>[] = [];
	page.on('response', (r) => {
		// Keyed by path: each run serves on a new port. A worker script fetched twice counts once.
		const path = new URL(r.url()).pathname;
		if (!/\.m?js$/.test(path) || js.has(path)) return;
		js.set(path, 0);
		reading.push(r.body().then((body) => js.set(path, gzipSync(body).length), () => js.delete(path)));
	});
	return async () => void (await Promise.all(reading));
}

/** One start: navigation → shell painted, → the ready marker's frame painted (s); the page's marks; the JS it loaded. */
async function startRun(settle: boolean, js?: Map<string, number>, buildDir?: string): Promise<{ paint: number; ready: number; marks: string }> {
	const app = await openApp('/', { init: watchPaints, settle, buildDir });
	try {
		const counted = js ? countScripts(app.page, js) : null;
		await ready(app.page);
		await app.page.waitForFunction(() => (window as unknown as Watched).__readyPainted !== undefined);
		const t = await app.page.evaluate(() => ({
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			ready: (window as unknown as Watched).__readyPainted!
		}));
		await counted?.();
		return { paint: t.paint / 1000, ready: t.ready / 1000, marks: await marksOf(app.page) };
	} finally {
		await app.close();
	}
}

/** The floor page (DuckDB-WASM alone): navigation → its first answer's frame painted (s). */
async function floorRun(dir: string): Promise<number> {
	return (await startRun(true, undefined, dir)).ready;
}

/**
 * The start, three ways in each of 5 rounds (so all see the machine at the
 * same speed): the floor page (DuckDB-WASM alone) and the app, each opened in
 * a browser that has settled (as a user's, already running: a Chromium just
 * launched spends its first ~1.5 s on itself, harness.ts); and the app opened
 * the moment Chromium is launched, its start sharing the CPU with Chromium's.
 */
export async function browserStart(log: Log) {
	const paint: number[] = [];
	const readyAt: number[] = [];
	const cold: number[] = [];
	const floor: number[] = [];
	const js = new Map<string, number>();
	const floorDir = await buildFloor();
	// A round not counted first: the files just built are served for the first time (a bench once
	// measured 4.5 s for DuckDB alone in its first round, 1.2–1.3 s in the next four).
	const warm = [await floorRun(floorDir), (await startRun(true)).ready];
	log(`start, warm-up round (not counted): DuckDB alone ${(warm[0] * 1000).toFixed(0)}, the app ${(warm[1] * 1000).toFixed(0)}`);
	for (let i = 0; i < 5; i++) {
		floor.push(await floorRun(floorDir));
		const stolen = stealMeter();
		const run = await startRun(true, js);
		paint.push(run.paint);
		readyAt.push(run.ready);
		cold.push((await startRun(false)).ready);
		log(
			`start run ${i + 1}: DuckDB alone ${(floor[i] * 1000).toFixed(0)}; the app: ${run.marks}, ready and painted ${(run.ready * 1000).toFixed(0)}; ` +
				`in a browser just launched ${(cold[i] * 1000).toFixed(0)}${stealNote(stolen())}`
		);
	}
	// The parse worker loads on the first import; the demo import above includes it.
	const kb = [...js.values()].reduce((s, n) => s + n, 0) / 1024;
	rmSync(floorDir, { recursive: true, force: true });
	const list = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ');
	log(
		`start (browser settled): shell painted ${list(paint)} s, ready with demo ${list(readyAt)} s; DuckDB-WASM alone, first answer painted ${list(floor)} s; ` +
			`ready in a browser just launched ${list(cold)} s; ${js.size} JS files, ${kb.toFixed(0)} KB gzipped`
	);
	return {
		browser_paint_s: round(median(paint)),
		browser_ready_s: round(median(readyAt)),
		browser_duckdb_alone_s: round(median(floor)),
		browser_ready_launch_s: round(median(cold)),
		js_gzip_kb: Math.round(kb)
	};
}

/** Seconds from the file input's change event to every file charted, for 1,000 forms dropped at once. */
export async function browserForms(log: Log) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-forms-'));
	try {
		const paths: string[] = [];
		for (let i = 0; i < 1000; i++) {
			const f = await makeFormWorkbook(randomFormSpec(5000 + i, { fileName: `表${i}.xlsx` }));
			const p = join(dir, `表${i}.xlsx`);
			writeFileSync(p, f.bytes);
			paths.push(p);
		}
		const runs: number[] = [];
		for (let i = 0; i < 3; i++) {
			const app = await openApp('/?demo=0', { init: watchPaints });
			try {
				await ready(app.page);
				const stolen = stealMeter();
				const input = app.page.getByTestId('file-input');
				// Timed in the page: from the input's change event until every file is charted and that frame painted.
				await input.evaluate((el) =>
					el.addEventListener(
						'change',
						() => {
							const w = window as unknown as Watched & { __t0: number; __t1?: number };
							w.__t0 = performance.now();
							void w.__paintedWhen('[data-testid="ready"][data-files="1000"]').then((t) => (w.__t1 = t));
						},
						{ once: true }
					)
				);
				await input.setInputFiles(paths);
				await app.page.waitForSelector('[data-testid="ready"][data-files="1000"]', { state: 'attached', timeout: 300_000 });
				await app.page.waitForFunction(() => (window as unknown as { __t1?: number }).__t1 !== undefined);
				log(`1000 forms run ${i + 1}: ${await marksOf(app.page)}${stealNote(stolen())}`);
				runs.push(await app.page.evaluate(() => ((window as unknown as { __t1: number }).__t1 - (window as unknown as { __t0: number }).__t0) / 1000));
			} finally {
				await app.close();
			}
		}
		log(`1000 forms dropped at once: ${runs.map((x) => x.toFixed(2)).join(' / ')} s to charted`);
		return { browser_1000_forms_s: round(median(runs)) };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

interface ProcessMemory {
	/** Resident memory of the page's renderer process (the tab: page, its workers, DuckDB), MB. */
	tabMb: number;
	/** Proportional memory (shared pages split) of every process of the browser, MB. */
	allPssMb: number;
}

/** Memory of the Chromium whose profile is `dir`, from /proc: the tab's renderer (the biggest) and all processes. */
function chromiumMemory(profileDir: string): ProcessMemory {
	const pids = chromiumPids(profileDir);
	let tab = 0;
	let pss = 0;
	for (const pid of pids) {
		try {
			const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
			pss += Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
			// Chromium rewrites its command line: one string with spaces.
			if (/--type=renderer/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) tab = Math.max(tab, rss);
		} catch {
			// the process ended meanwhile
		}
	}
	return { tabMb: tab / 1024, allPssMb: pss / 1024 };
}

/**
 * Memory once the page has settled: after the checks of the load are done,
 * sampled every 2 s until the tab has not shrunk for 30 s (V8 and the
 * allocator hand freed memory back some seconds after a big load), at most 90 s.
 */
async function settledMemory(page: Page, profileDir: string): Promise<ProcessMemory> {
	await page.waitForSelector('[data-testid="ready"][data-checks="done"]', { state: 'attached', timeout: 300_000 });
	// Settled: no drop for 30 s. Chromium hands back a stopped worker's memory some while after it stops
	// (a 1M load: ~1.2 GB held flat for ~12 s, then ~500 MB), so a shorter quiet spell is not the end.
	let last = chromiumMemory(profileDir);
	let stable = 0;
	for (let i = 0; i < 60 && stable < 15; i++) {
		await new Promise((r) => setTimeout(r, 2000));
		const now = chromiumMemory(profileDir);
		stable = now.tabMb < last.tabMb - 5 ? 0 : stable + 1;
		last = now;
	}
	return last;
}

/**
 * Filter changes timed inside the page: the year checkbox clicked, until the
 * ready marker (every view has drawn its latest answer) is back and the next
 * frame is painted — without the test driver's round trips.
 */
async function inPageToggles(page: Page, n: number): Promise<number[]> {
	return page.evaluate(async (n) => {
		const out: number[] = [];
		const box = document.querySelector('[data-testid="filter-year"] input[type="checkbox"]') as HTMLInputElement;
		for (let i = 0; i < n; i++) {
			await new Promise((r) => setTimeout(r, 100));
			const t0 = performance.now();
			const drawn = new Promise<void>((resolve, reject) => {
				let gone = false;
				const mo = new MutationObserver(() => {
					const marker = document.querySelector('[data-testid="ready"]');
					if (!marker) gone = true;
					else if (gone) {
						mo.disconnect();
						resolve();
					}
				});
				mo.observe(document.body, { childList: true, subtree: true });
				setTimeout(() => reject(new Error('the ready marker did not come back within 30 s')), 30_000);
			});
			box.click();
			await drawn;
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			out.push(performance.now() - t0);
		}
		return out;
	}, n);
}

/** About a million facts loaded: a filter change until every card and chart is redrawn; memory held. */
export async function browserMillion(log: Log) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-1m-'));
	try {
		// 15,600 units × 80 measures ≈ 1,000,000 facts in one consolidated table, split over two years' files.
		const files = [2022, 2023].map((year) => {
			const p = join(dir, `${year}年汇总.xlsx`);
			writeFileSync(p, makeBigWideWorkbook(7800, 80, year));
			return p;
		});
		const app = await openApp('/?demo=0');
		try {
			await ready(app.page);
			const t0 = Date.now();
			await app.page.getByTestId('file-input').setInputFiles(files);
			await app.page.waitForSelector('[data-testid="ready"][data-files="2"]', { state: 'attached', timeout: 600_000 });
			const loadS = (Date.now() - t0) / 1000;
			const afterLoad = chromiumMemory(app.profileDir);
			const facts = Number(await app.page.getByTestId('ready').getAttribute('data-facts'));
			const year = app.page.getByTestId('filter-year').getByRole('checkbox').first();
			// As a test drives it: Playwright clicks, then polls for the ready marker (its round trips included).
			const roundTrips: number[] = [];
			for (let i = 0; i < 6; i++) {
				const t = await app.page.evaluate(() => performance.now());
				await year.click();
				await ready(app.page, 120_000);
				roundTrips.push((await app.page.evaluate(() => performance.now())) - t);
			}
			const stolen = stealMeter();
			const toggles = await inPageToggles(app.page, 9);
			const togglesStolen = stolen();
			const mem = await settledMemory(app.page, app.profileDir);
			log(
				`${facts} facts loaded in ${loadS.toFixed(1)} s; filter change → every card and chart redrawn and painted ${toggles.map((x) => x.toFixed(0)).join(' / ')} ms (driven by Playwright: ${roundTrips.map((x) => x.toFixed(0)).join(' / ')} ms)${stealNote(togglesStolen)}; ` +
					`tab memory ${afterLoad.tabMb.toFixed(0)} MB right after the load, ${mem.tabMb.toFixed(0)} MB settled; all of Chromium (PSS) ${mem.allPssMb.toFixed(0)} MB`
			);
			return {
				browser_facts_1m: facts,
				browser_load_1m_s: round(loadS, 1),
				browser_filter_ms_1m: Math.round(median(toggles)),
				browser_filter_roundtrip_ms_1m: Math.round(median(roundTrips)),
				browser_mem_mb_1m: Math.round(mem.tabMb),
				browser_mem_after_load_mb_1m: Math.round(afterLoad.tabMb),
				browser_all_pss_mb_1m: Math.round(mem.allPssMb)
			};
		} finally {
			await app.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** True when the built app and Chromium are there to measure. */
export function canRunBrowser(): boolean {
	try {
		return readdirSync('build').includes('index.html') && readdirSync('/usr/bin').includes('chromium');
	} catch {
		return false;
	}
}
