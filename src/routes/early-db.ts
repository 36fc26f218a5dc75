/**
 * DuckDB starts opening as soon as the app's first module runs (the layout's,
 * loaded in parallel with the page's chunk), not after the page has hydrated:
 * fetching and compiling its ~34 MB of wasm is the longest step of the start,
 * and the demo's parse runs meanwhile. The page hands `dbOpening` to
 * AppState.openDb. db/browser is imported statically so its chunk is preloaded
 * with the page's; DuckDB's own module (`dbModule`, imported by `open` too) is
 * awaited by the layout's load, so the page hydrates (a long task) only once
 * DuckDB's worker is on its way. Nothing runs at build time (prerendering).
 */
import { browser } from '$app/environment';
import { BrowserDb } from '$lib/db/browser';

export const dbModule: Promise<unknown> | null = browser ? import('@duckdb/duckdb-wasm').catch(() => undefined) : null;
export const dbOpening: Promise<BrowserDb> | null = browser ? BrowserDb.open() : null;
// A failure is reported by AppState.openDb when it awaits the promise, not as an unhandled rejection meanwhile.
dbOpening?.catch(() => undefined);
