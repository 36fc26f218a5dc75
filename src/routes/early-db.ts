/**
 * DuckDB starts opening as soon as the app's first module runs (the layout's,
 * a few KB, loaded in parallel with the page's chunk), not after the page has
 * hydrated: fetching and compiling its ~34 MB of wasm is the longest step of
 * the start, and the demo's parse runs meanwhile. The page hands this promise
 * to AppState.openDb. Nothing runs at build time (prerendering).
 */
import { browser } from '$app/environment';
import type { BrowserDb } from '$lib/db/browser';

function open(): Promise<BrowserDb> {
	// DuckDB's own module is fetched alongside, not after, the module that imports it.
	void import('@duckdb/duckdb-wasm').catch(() => undefined);
	return import('$lib/db/browser').then((m) => m.BrowserDb.open());
}

export const dbOpening: Promise<BrowserDb> | null = browser ? open() : null;
// A failure is reported by AppState.openDb when it awaits the promise, not as an unhandled rejection meanwhile.
dbOpening?.catch(() => undefined);
