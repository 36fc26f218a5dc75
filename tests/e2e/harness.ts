/**
 * End-to-end harness: serves the built app (build/) on a free localhost port
 * with scripts/serve.js, drives Debian's Chromium with playwright-core, and
 * records every request the page (and its workers) makes that leaves the origin.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface App {
	url: string;
	/** The Chromium profile folder (its processes carry it on their command line). */
	profileDir: string;
	context: BrowserContext;
	page: Page;
	/** Requests to anything but the app's own origin (data:/blob: excluded). */
	offOrigin: string[];
	/** Uncaught page errors and console errors. */
	errors: string[];
	close(): Promise<void>;
}

/** Serves `dir` (the built app unless told; BUILD_DIR overrides the default, as for scripts/serve.js). */
function startServer(dir = process.env.BUILD_DIR ?? 'build'): Promise<{ url: string; proc: ChildProcess }> {
	if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/ is missing: run \`npm run build\` first (npm test does).`);
	return new Promise((resolve, reject) => {
		const proc = spawn(process.execPath, ['scripts/serve.js'], { env: { ...process.env, PORT: '0', BUILD_DIR: dir }, stdio: ['ignore', 'pipe', 'inherit'] });
		let out = '';
		proc.stdout!.on('data', (d) => {
			out += String(d);
			const m = /http:\/\/localhost:\d+\//.exec(out);
			if (m) resolve({ url: m[0], proc });
		});
		proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
	});
}

/** The processes of the Chromium launched with `profileDir` (its command lines carry it), as pids. */
export function chromiumPids(profileDir: string): string[] {
	try {
		return execFileSync('pgrep', ['-f', profileDir], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
	} catch {
		return []; // pgrep exits 1 when nothing matches: no process left
	}
}

/** CPU time used so far by the Chromium launched with `profileDir`, all its processes (ms; Linux's /proc). */
function chromiumCpuMs(profileDir: string): number {
	let ticks = 0;
	for (const pid of chromiumPids(profileDir)) {
		try {
			// utime and stime, the 14th and 15th fields (after the command name in parentheses).
			const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			ticks += Number(f[11]) + Number(f[12]);
		} catch {
			// the process ended meanwhile
		}
	}
	return ticks * 10;
}

/**
 * Waits until a Chromium just launched has settled: for its first second or
 * two it works on itself (among other things it preloads the omnibox popup's
 * WebUI in a renderer of its own, ~0.65 s of CPU measured here), which a page
 * opened in a browser already running never competes with. Settled: under
 * 25 ms of CPU in 250 ms, twice running; at most 5 s.
 */
async function browserSettled(profileDir: string): Promise<void> {
	let last = chromiumCpuMs(profileDir);
	let quiet = 0;
	for (let waited = 0; waited < 5000 && quiet < 2; waited += 250) {
		await new Promise((r) => setTimeout(r, 250));
		const now = chromiumCpuMs(profileDir);
		quiet = now - last < 25 ? quiet + 1 : 0;
		last = now;
	}
}

/**
 * `init`: a script run in the page before its own (e.g. a bench's observer).
 * `settle`: navigate only once the new browser has settled (the bench's start timings).
 * `buildDir`: serve another built site than the app (the bench's control page).
 */
export async function openApp(path = '/', opts: { acceptDownloads?: boolean; init?: () => void; settle?: boolean; buildDir?: string } = {}): Promise<App> {
	const { url, proc } = await startServer(opts.buildDir);
	const profileDir = mkdtempSync(join(tmpdir(), 'e2e-profile-'));
	const context = await chromium.launchPersistentContext(profileDir, {
		executablePath: CHROMIUM,
		headless: true,
		acceptDownloads: opts.acceptDownloads ?? true,
		viewport: { width: 1400, height: 1000 },
		locale: 'zh-CN',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
	});
	const origin = new URL(url).origin;
	const offOrigin: string[] = [];
	// context.route sees the page's and its Web Workers' requests; block and record anything off-origin.
	await context.route('**/*', (route) => {
		const u = route.request().url();
		if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
		offOrigin.push(u);
		return route.abort();
	});
	if (opts.init) await context.addInitScript(opts.init);
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	if (opts.settle) await browserSettled(profileDir);
	await page.goto(new URL(path, url).toString());
	return {
		url,
		profileDir,
		context,
		page,
		offOrigin,
		errors,
		async close() {
			await context.close();
			proc.kill();
			// A profile is a few MB; a test run opens hundreds.
			rmSync(profileDir, { recursive: true, force: true });
		}
	};
}

/** Waits until every imported file is loaded and the charts are drawn. */
export async function ready(page: Page, timeout = 60_000): Promise<void> {
	await page.waitForSelector('[data-testid="ready"]', { state: 'attached', timeout });
}

/** The full number a KPI card shows (thousands separators removed). */
export async function kpi(page: Page, name: 'participation' | 'hazards' | 'media' | 'sessions' | 'units'): Promise<number> {
	const text = (await page.getByTestId(`kpi-${name}`).first().innerText()).replace(/[,，\s]/g, '');
	const n = Number(text);
	if (!Number.isFinite(n)) throw new Error(`kpi-${name} shows "${text}", not a number`);
	return n;
}

/** The app with the demo loaded and its checks done (their tab and badge drawn). */
export async function openDemoChecked(): Promise<App> {
	const app = await openApp('/');
	await ready(app.page);
	await app.page.waitForSelector('[data-testid="ready"][data-checks="done"]', { state: 'attached', timeout: 60_000 });
	return app;
}
