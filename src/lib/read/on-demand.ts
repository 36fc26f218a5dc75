/**
 * Parts of the reader loaded only for the files that need them (SheetJS, the formula engine).
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
