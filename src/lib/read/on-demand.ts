/**
 * Parts of the reader loaded only for the files that need them (SheetJS, the Word reader, the formula engine).
 * Reading stays synchronous: where such a part is needed and not loaded, the reader throws
 * NotLoaded; the caller (processFileLoading: the ingest worker, the built CLI) awaits `load()` and
 * reads the file again. In Node tests and scripts every part loads at import, so reading never stops there.
 */
export class NotLoaded extends Error {
	constructor(
		message: string,
		/** Loads what was missing; read the file again once it resolves. */
		readonly load: () => Promise<unknown>
	) {
		super(message);
		this.name = 'NotLoaded';
	}
}

/** Defined (true) only in the built CLI (scripts/build-cli.js): it loads each part when a file needs it, as the browser does. */
declare const __CLI_LOADS_ON_DEMAND__: boolean | undefined;

/**
 * True in Node (tests, scripts), where the on-demand parts load at import and reading never stops
 * for one; false in a browser and in the built CLI, whose readers await NotLoaded (processFileLoading).
 */
export const LOAD_AT_IMPORT =
	typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string' &&
	typeof __CLI_LOADS_ON_DEMAND__ === 'undefined';

/** One part loaded on demand: `load()` once (later calls share the promise), `get()` it or throw NotLoaded. */
export function onDemand<T>(what: string, importer: () => Promise<T>): { load: () => Promise<T>; get: () => T } {
	let loaded: T | null = null;
	let loading: Promise<T> | null = null;
	const load = () => (loading ??= importer().then((m) => (loaded = m)));
	const get = () => {
		if (!loaded) throw new NotLoaded(`${what} is needed to read this file and is not loaded yet`, load);
		return loaded;
	};
	return { load, get };
}

/** `read()`; where it stops on a part not loaded (NotLoaded), loads that part and reads again. */
export async function readLoading<T>(read: () => T): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return read();
		} catch (e) {
			if (!(e instanceof NotLoaded) || attempt >= 3) throw e;
			await e.load();
		}
	}
}
