/**
 * The Word reader (docx.ts) on demand, as SheetJS is (sheetjs-loader.ts):
 * only a Word file needs it, so it is not in the parse worker's first chunk.
 * Where it is needed and not loaded, the read throws WordReaderNotLoaded; the
 * ingest worker awaits prepareRead (which loads it) and reads again. In Node
 * (CLI, tests) it loads here, at import.
 */
import type * as DocxModule from './docx';

export type DocxReader = typeof DocxModule;

/** Thrown by a synchronous read of a Word file before the Word reader was loaded. */
export class WordReaderNotLoaded extends Error {
	constructor() {
		super('The Word reader is needed for this file and is not loaded yet');
		this.name = 'WordReaderNotLoaded';
	}
}

let loaded: DocxReader | null = null;
let loading: Promise<DocxReader> | null = null;

/** Loads the Word reader (its own chunk in the browser build) once. */
export function loadWordReader(): Promise<DocxReader> {
	loading ??= import('./docx').then((m) => (loaded = m));
	return loading;
}

/** The Word reader when loaded; else throws WordReaderNotLoaded. */
export function wordReader(): DocxReader {
	if (!loaded) throw new WordReaderNotLoaded();
	return loaded;
}

if (typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string') await loadWordReader();
