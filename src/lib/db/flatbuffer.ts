/**
 * Just enough of a FlatBuffers writer for Arrow IPC metadata (ipc-writer.ts):
 * tables of scalars and references, strings, vectors of tables and vectors of
 * (int64, int64) structs. Messages are a few hundred bytes, so clarity wins
 * over speed: a tree of nodes is laid out front to back in one pass.
 *
 * Layout, as the FlatBuffers spec has it: the buffer starts with a uoffset to
 * the root table; a table starts with an soffset to its vtable (here written
 * just before it: vtable = table − soffset); a vtable is uint16s [its own size,
 * the table's size, each slot's offset in the table or 0 when absent]; a
 * reference is a uoffset from where it is stored forward to what it refers to
 * (here written after the table). Every scalar sits at its natural alignment
 * from the buffer's start, as verifying readers (Arrow C++) check.
 */

/** A scalar slot: 1, 2, 4 or 8 bytes, little-endian (non-negative when 8 bytes). */
export interface Scalar {
	kind: 'scalar';
	size: 1 | 2 | 4 | 8;
	value: number;
}

export interface FbTable {
	kind: 'table';
	/** Slot i of the table's schema; null where the field is absent (the reader's default). */
	slots: readonly (Scalar | FbRef | null)[];
}

export type FbRef = FbTable | { kind: 'string'; value: string } | { kind: 'tables'; items: readonly FbTable[] } | { kind: 'longPairs'; items: readonly (readonly [number, number])[] };

export const int8 = (value: number): Scalar => ({ kind: 'scalar', size: 1, value });
export const bool = (value: boolean): Scalar => int8(value ? 1 : 0);
export const int16 = (value: number): Scalar => ({ kind: 'scalar', size: 2, value });
export const int32 = (value: number): Scalar => ({ kind: 'scalar', size: 4, value });
export const int64 = (value: number): Scalar => ({ kind: 'scalar', size: 8, value });
export const table = (...slots: (Scalar | FbRef | null)[]): FbTable => ({ kind: 'table', slots });
export const string = (value: string): FbRef => ({ kind: 'string', value });
export const tables = (items: readonly FbTable[]): FbRef => ({ kind: 'tables', items });
/** A vector of structs of two int64s (Arrow's FieldNode and Buffer). */
export const longPairs = (items: readonly (readonly [number, number])[]): FbRef => ({ kind: 'longPairs', items });

/** A growable little-endian byte buffer. */
class Bytes {
	private buf = new Uint8Array(512);
	private view = new DataView(this.buf.buffer);
	length = 0;

	/** Grow by `n` zero bytes; returns where they start. */
	reserve(n: number): number {
		if (this.length + n > this.buf.length) {
			const grown = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
			grown.set(this.buf);
			this.buf = grown;
			this.view = new DataView(grown.buffer);
		}
		const at = this.length;
		this.length += n;
		return at;
	}

	/** Zero bytes until the length is ≡ `rest` (mod `align`). */
	align(align: number, rest = 0): void {
		while (this.length % align !== rest) this.reserve(1);
	}

	set(at: number, size: 1 | 2 | 4 | 8, value: number): void {
		if (size === 1) this.view.setUint8(at, value);
		else if (size === 2) this.view.setInt16(at, value, true);
		else if (size === 4) this.view.setInt32(at, value, true);
		else {
			this.view.setUint32(at, value % 2 ** 32, true);
			this.view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
		}
	}

	setBytes(at: number, bytes: Uint8Array): void {
		this.buf.set(bytes, at);
	}

	result(): Uint8Array {
		return this.buf.slice(0, this.length);
	}
}

/** Writes `node` at the end of `out`; returns where it starts (what a uoffset to it points at). */
function write(out: Bytes, node: FbRef): number {
	switch (node.kind) {
		case 'table':
			return writeTable(out, node);
		case 'string': {
			const utf8 = new TextEncoder().encode(node.value);
			out.align(4);
			const at = out.reserve(4 + utf8.length + 1); // length, bytes, NUL
			out.set(at, 4, utf8.length);
			out.setBytes(at + 4, utf8);
			return at;
		}
		case 'tables': {
			out.align(4);
			const at = out.reserve(4 + 4 * node.items.length);
			out.set(at, 4, node.items.length);
			node.items.forEach((t, i) => {
				const slot = at + 4 + 4 * i;
				out.set(slot, 4, writeTable(out, t) - slot);
			});
			return at;
		}
		case 'longPairs': {
			out.align(8, 4); // the structs after the uint32 length start 8-aligned
			const at = out.reserve(4 + 16 * node.items.length);
			out.set(at, 4, node.items.length);
			node.items.forEach(([a, b], i) => {
				out.set(at + 4 + 16 * i, 8, a);
				out.set(at + 12 + 16 * i, 8, b);
			});
			return at;
		}
	}
}

function writeTable(out: Bytes, t: FbTable): number {
	// Where each present slot goes in the table: after the 4-byte soffset, widest first (least padding).
	const present = t.slots.map((s, i) => ({ s, i })).filter((x): x is { s: Scalar | FbRef; i: number } => x.s !== null);
	const width = (s: Scalar | FbRef) => (s.kind === 'scalar' ? s.size : 4);
	const offsets = new Array<number>(t.slots.length).fill(0);
	let size = 4;
	for (const { s, i } of [...present].sort((a, b) => width(b.s) - width(a.s))) {
		size = Math.ceil(size / width(s)) * width(s);
		offsets[i] = size;
		size += width(s);
	}
	const slotCount = present.length ? present[present.length - 1].i + 1 : 0;

	out.align(2);
	const vtable = out.reserve(4 + 2 * slotCount);
	out.set(vtable, 2, 4 + 2 * slotCount);
	out.set(vtable + 2, 2, size);
	for (let i = 0; i < slotCount; i++) out.set(vtable + 4 + 2 * i, 2, offsets[i]);

	out.align(8);
	const at = out.reserve(Math.ceil(size / 4) * 4);
	out.set(at, 4, at - vtable);
	for (const { s, i } of present) if (s.kind === 'scalar') out.set(at + offsets[i], s.size, s.value);
	for (const { s, i } of present) if (s.kind !== 'scalar') out.set(at + offsets[i], 4, write(out, s) - (at + offsets[i]));
	return at;
}

/** The finished buffer of a root table, its length a multiple of 8. */
export function finish(root: FbTable): Uint8Array {
	const out = new Bytes();
	out.reserve(4);
	out.set(0, 4, writeTable(out, root));
	out.align(8);
	return out.result();
}
