/**
 * Parts of the reader loaded only for the files that need them (SheetJS, the Word reader, the formula engine).
 * Reading stays synchronous: where such a part is needed and not loaded, the reader throws
 * NotLoaded; the caller (the ingest worker) awaits `load()` and reads the file again. In Node
 * (CLI, tests) every part loads at import, so reading never stops there.
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

/** True in Node, where the on-demand parts load at import. */
export const IN_NODE = typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';

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
