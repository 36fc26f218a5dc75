/**
 * The Word reader (docx.ts) on demand, as SheetJS is (sheetjs-loader.ts):
 * only a Word file needs it, so it is not in the parse worker's first chunk.
 * prepareRead loads it for a Word file; a read that needs it before then
 * throws WordReaderNotLoaded (a NotLoaded: the caller loads and reads again).
 * In Node (CLI, tests) it loads here, at import.
 */
import type * as DocxModule from './docx';
import { IN_NODE, NotLoaded } from './on-demand';

export type DocxReader = typeof DocxModule;

/** Thrown by a synchronous read of a Word file before the Word reader was loaded. */
export class WordReaderNotLoaded extends NotLoaded {
	constructor() {
		super('The Word reader is needed for this file and is not loaded yet', () => loadWordReader());
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

if (IN_NODE) await loadWordReader();
