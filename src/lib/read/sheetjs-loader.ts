/**
 * SheetJS (~120 KB gzipped) on demand. The own reader (xlsx.ts) reads plain
 * .xlsx files; SheetJS is needed only for a legacy .xls, an HTML "xls", or an
 * .xlsx the own reader declines. Reading stays synchronous: where SheetJS is
 * needed and not loaded, the reader throws SheetJSNotLoaded; the caller (the
 * ingest worker) awaits loadSheetJS() and reads the file again. In Node (CLI,
 * tests) it loads here, at import, so reading never stops there.
 */
import type * as SheetJSModule from './sheetjs';
import { IN_NODE, NotLoaded } from './on-demand';

export type SheetJS = typeof SheetJSModule;

/** Thrown by a synchronous read that needs SheetJS before it was loaded: await loadSheetJS() and read again. */
export class SheetJSNotLoaded extends NotLoaded {
	constructor() {
		super('SheetJS is needed to read this file and is not loaded yet', () => loadSheetJS());
		this.name = 'SheetJSNotLoaded';
	}
}

let loaded: SheetJS | null = null;
let loading: Promise<SheetJS> | null = null;

/** Loads SheetJS (its own chunk in the browser build) once; later calls return the same promise. */
export function loadSheetJS(): Promise<SheetJS> {
	loading ??= import('./sheetjs').then((m) => (loaded = m));
	return loading;
}

/** SheetJS when loaded; else throws SheetJSNotLoaded. */
export function sheetJS(): SheetJS {
	if (!loaded) throw new SheetJSNotLoaded();
	return loaded;
}

// Node (CLI, tests) reads synchronously with nothing to gain from waiting: load it now.
if (IN_NODE) await loadSheetJS();
