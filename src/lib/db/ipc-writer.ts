/**
 * An Arrow IPC *stream* writer for the few column kinds the tables use: Utf8,
 * dictionary-encoded Utf8 (Int32 indices), Int32, Float64 and Bool, every
 * field nullable. It replaces apache-arrow's writer in the build worker
 * (~37 KB gzipped of it); reading query results still uses apache-arrow
 * (DuckDB-WASM's own).
 *
 * The stream: a Schema message, one DictionaryBatch per dictionary column
 * (its id the dictionary's place among them), one RecordBatch, then the
 * end-of-stream marker. Each message is the continuation marker 0xFFFFFFFF, the
 * int32 length of its flatbuffer Message (padded to 8), the Message, then its
 * body: the buffers, each padded to 8 bytes. Slot numbers follow Arrow's
 * Schema.fbs and Message.fbs (see node_modules/apache-arrow/fb/*.mjs).
 */
import { bool, finish, int16, int32, int64, int8, longPairs, string, table, tables, type FbTable } from './flatbuffer';

interface ColumnBase {
	length: number;
	nullCount: number;
	/** Bit i set when slot i holds a value; null when nullCount is 0 (an empty buffer is written). */
	validity: Uint8Array | null;
}

/** Strings: value i is the UTF-8 bytes data[offsets[i], offsets[i + 1]). */
export interface Utf8Column extends ColumnBase {
	kind: 'utf8';
	offsets: Int32Array;
	data: Uint8Array;
}

/** Strings as indices into a dictionary of distinct values (itself without nulls). */
export interface DictColumn extends ColumnBase {
	kind: 'dict';
	indices: Int32Array;
	dictionary: Utf8Column;
}

export interface Int32Column extends ColumnBase {
	kind: 'int32';
	values: Int32Array;
}

export interface Float64Column extends ColumnBase {
	kind: 'float64';
	values: Float64Array;
}

/** Booleans packed a bit each, least significant bit first. */
export interface BoolColumn extends ColumnBase {
	kind: 'bool';
	bits: Uint8Array;
}

export type Column = Utf8Column | DictColumn | Int32Column | Float64Column | BoolColumn;

/** Named columns of one length, in order. */
export interface ColumnTable {
	numRows: number;
	fields: readonly { name: string; column: Column }[];
}

/** A table from an object of columns (its key order is the column order). */
export function columnTable(columns: Record<string, Column>): ColumnTable {
	const fields = Object.entries(columns).map(([name, column]) => ({ name, column }));
	const numRows = fields.length ? fields[0].column.length : 0;
	for (const f of fields) if (f.column.length !== numRows) throw new Error(`column ${f.name} has ${f.column.length} rows, not ${numRows}`);
	return { numRows, fields };
}

// Enum values from Schema.fbs / Message.fbs.
const METADATA_V5 = 4;
const HEADER = { Schema: 1, DictionaryBatch: 2, RecordBatch: 3 } as const;
const TYPE = { Int: 2, FloatingPoint: 3, Utf8: 5, Bool: 6 } as const;
const PRECISION_DOUBLE = 2;

const int32Type = () => table(int32(32), bool(true)); // Int { bitWidth, is_signed }

/** Field { name, nullable, type_type, type, dictionary }: a dictionary column's type is its values' (Utf8). */
function fieldOf(name: string, column: Column, dictionaryId: number): FbTable {
	const [typeType, type] =
		column.kind === 'utf8' || column.kind === 'dict'
			? [TYPE.Utf8, table()]
			: column.kind === 'int32'
				? [TYPE.Int, int32Type()]
				: column.kind === 'float64'
					? [TYPE.FloatingPoint, table(int16(PRECISION_DOUBLE))]
					: [TYPE.Bool, table()];
	// DictionaryEncoding { id, indexType, isOrdered }
	const dictionary = column.kind === 'dict' ? table(int64(dictionaryId), int32Type(), bool(false)) : null;
	// children: an empty vector, as apache-arrow's writer has it (older Arrow C++ readers require one).
	return table(string(name), bool(true), int8(typeType), type, dictionary, tables([]));
}

/** A column's Arrow buffers, in the order the spec lays them out (validity first). */
function buffersOf(column: Column): Uint8Array[] {
	const validity = column.validity && column.nullCount > 0 ? column.validity : new Uint8Array(0);
	switch (column.kind) {
		case 'utf8':
			return [validity, bytesOf(column.offsets), column.data.subarray(0, column.offsets[column.length])];
		case 'dict':
			return [validity, bytesOf(column.indices)];
		case 'int32':
		case 'float64':
			return [validity, bytesOf(column.values)];
		case 'bool':
			return [validity, column.bits];
	}
}

const bytesOf = (a: Int32Array | Float64Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
const pad8 = (n: number) => (n + 7) & ~7;

interface Message {
	metadata: Uint8Array;
	body: Uint8Array[];
}

/** Message { version, header_type, header, bodyLength }. */
function message(headerType: number, header: FbTable, body: Uint8Array[] = []): Message {
	const bodyLength = body.reduce((s, b) => s + pad8(b.length), 0);
	return { metadata: finish(table(int16(METADATA_V5), int8(headerType), header, int64(bodyLength))), body };
}

/** RecordBatch { length, nodes, buffers } and its body, for columns of `length` rows. */
function recordBatch(length: number, columns: readonly Column[]): { header: FbTable; body: Uint8Array[] } {
	const body = columns.flatMap(buffersOf);
	let offset = 0;
	const buffers = body.map((b) => {
		const at: [number, number] = [offset, b.length];
		offset += pad8(b.length);
		return at;
	});
	const nodes = columns.map((c) => [c.length, c.nullCount] as const);
	return { header: table(int64(length), longPairs(nodes), longPairs(buffers)), body };
}

/** The whole table as one Arrow IPC stream. */
export function writeStream(t: ColumnTable): Uint8Array {
	const messages: Message[] = [];
	const dictionaries = t.fields.flatMap((f) => (f.column.kind === 'dict' ? [f.column.dictionary] : []));
	let nextId = 0;
	const fields = t.fields.map((f) => fieldOf(f.name, f.column, f.column.kind === 'dict' ? nextId++ : -1));
	// Schema { endianness: Little, fields }
	messages.push(message(HEADER.Schema, table(int16(0), tables(fields))));
	dictionaries.forEach((d, id) => {
		const batch = recordBatch(d.length, [d]);
		// DictionaryBatch { id, data, isDelta }
		messages.push(message(HEADER.DictionaryBatch, table(int64(id), batch.header, bool(false)), batch.body));
	});
	const batch = recordBatch(t.numRows, t.fields.map((f) => f.column));
	messages.push(message(HEADER.RecordBatch, batch.header, batch.body));
	return concat(messages);
}

/** The messages framed and copied into one buffer, then the end-of-stream marker. */
function concat(messages: readonly Message[]): Uint8Array {
	let size = 8;
	for (const m of messages) size += 8 + m.metadata.length + m.body.reduce((s, b) => s + pad8(b.length), 0);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	let at = 0;
	for (const m of messages) {
		view.setUint32(at, 0xffffffff, true);
		view.setInt32(at + 4, m.metadata.length, true);
		out.set(m.metadata, at + 8);
		at += 8 + m.metadata.length;
		for (const b of m.body) {
			out.set(b, at);
			at += pad8(b.length);
		}
	}
	view.setUint32(at, 0xffffffff, true); // end of stream: continuation marker, length 0
	return out;
}
