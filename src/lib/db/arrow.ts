/**
 * Facts, files and problems → Arrow columns → IPC stream bytes (ipc-writer.ts),
 * the one way into DuckDB-WASM that works whichever copy of apache-arrow it
 * loaded. Pure: runs in the browser, a Worker and Node; no apache-arrow here
 * (reading query results is DuckDB-WASM's business).
 */
import type { Fact, FileResult } from '../facts/fact';
import type { TablesIPC } from './load';
import { columnTable, writeStream, type BoolColumn, type ColumnTable, type DictColumn, type Float64Column, type Int32Column, type Utf8Column } from './ipc-writer';

export { FACT_COLUMNS, FILE_COLUMNS, PROBLEM_COLUMNS, createTableSql } from './columns';
export { columnTable, type Column, type ColumnTable } from './ipc-writer';

/** A bitmap of `n` slots, every bit clear. */
const bitmap = (n: number) => new Uint8Array(Math.ceil(n / 8));

/**
 * A dictionary-encoded string column: unit/region/file names repeat a lot, so
 * distinct values + indices are both smaller and faster to build.
 */
export function dictColumn(values: readonly (string | null)[]): DictColumn {
	const b = new DictBuilder(values.length);
	for (const v of values) b.add(v);
	return b.finish();
}

/** A plain string column (near-unique values, where a dictionary only costs). */
export function utf8Column(values: readonly (string | null)[]): Utf8Column {
	const b = new Utf8Builder(values.length);
	for (const v of values) b.add(v);
	return b.finish();
}

/** Doubles; null, NaN and ±Infinity are null (DuckDB has no use for them). */
export function floatColumn(values: readonly (number | null)[]): Float64Column {
	const data = new Float64Array(values.length);
	const validity = bitmap(values.length);
	let nullCount = 0;
	values.forEach((v, i) => {
		if (v !== null && Number.isFinite(v)) {
			data[i] = v;
			validity[i >> 3] |= 1 << (i & 7);
		} else nullCount++;
	});
	return { kind: 'float64', length: values.length, nullCount, validity: nullCount ? validity : null, values: data };
}

export function intColumn(values: readonly (number | null)[]): Int32Column {
	const data = new Int32Array(values.length);
	const validity = bitmap(values.length);
	let nullCount = 0;
	values.forEach((v, i) => {
		if (v !== null) {
			data[i] = v;
			validity[i >> 3] |= 1 << (i & 7);
		} else nullCount++;
	});
	return { kind: 'int32', length: values.length, nullCount, validity: nullCount ? validity : null, values: data };
}

/** Booleans, bit-packed. */
export function boolColumn(values: readonly (boolean | null)[]): BoolColumn {
	const bits = bitmap(values.length);
	const validity = bitmap(values.length);
	let nullCount = 0;
	values.forEach((v, i) => {
		if (v === null) nullCount++;
		else {
			validity[i >> 3] |= 1 << (i & 7);
			if (v) bits[i >> 3] |= 1 << (i & 7);
		}
	});
	return { kind: 'bool', length: values.length, nullCount, validity: nullCount ? validity : null, bits };
}

/** A dictionary-encoded string column filled one value at a time (see dictColumn). */
class DictBuilder {
	private index = new Map<string, number>();
	private uniques: string[] = [];
	private keys: Int32Array;
	private bitmap: Uint8Array;
	private nulls = 0;
	private n = 0;

	constructor(private length: number) {
		this.keys = new Int32Array(length);
		this.bitmap = new Uint8Array(Math.ceil(length / 8));
	}

	add(v: string | null): void {
		const i = this.n++;
		if (v === null) {
			this.nulls++;
			return;
		}
		let k = this.index.get(v);
		if (k === undefined) {
			k = this.uniques.length;
			this.index.set(v, k);
			this.uniques.push(v);
		}
		this.keys[i] = k;
		this.bitmap[i >> 3] |= 1 << (i & 7);
	}

	finish(): DictColumn {
		return { kind: 'dict', length: this.length, nullCount: this.nulls, validity: this.nulls ? this.bitmap : null, indices: this.keys, dictionary: utf8Column(this.uniques) };
	}
}

/**
 * A Utf8 column of `n` values written straight into one growing buffer: no
 * array per string (a million facts have three million of them). ASCII, most
 * of it (cells, numbers as written), is copied a character at a time; the rest
 * goes through encodeInto.
 */
class Utf8Builder {
	private readonly offsets: Int32Array;
	private readonly bitmap: Uint8Array;
	private data = new Uint8Array(1 << 16);
	private count = 0;
	private nulls = 0;
	private static readonly encoder = new TextEncoder();

	constructor(n: number) {
		this.offsets = new Int32Array(n + 1);
		this.bitmap = new Uint8Array(Math.ceil(n / 8));
	}

	add(v: string | null): void {
		const i = this.count++;
		let at = this.offsets[i];
		if (v === null) this.nulls++;
		else {
			this.bitmap[i >> 3] |= 1 << (i & 7);
			// At most 3 bytes per UTF-16 unit.
			if (at + v.length * 3 > this.data.length) {
				const grown = new Uint8Array(Math.max(this.data.length * 2, at + v.length * 3));
				grown.set(this.data.subarray(0, at));
				this.data = grown;
			}
			let k = 0;
			for (; k < v.length; k++) {
				const ch = v.charCodeAt(k);
				if (ch >= 0x80) break;
				this.data[at + k] = ch;
			}
			at += k < v.length ? Utf8Builder.encoder.encodeInto(v, this.data.subarray(at)).written : k;
		}
		this.offsets[i + 1] = at;
	}

	/** The column (its data a view of the builder's buffer: the IPC writer copies it anyway). */
	finish(): Utf8Column {
		const n = this.count;
		return { kind: 'utf8', length: n, nullCount: this.nulls, validity: this.nulls ? this.bitmap : null, offsets: this.offsets, data: this.data.subarray(0, this.offsets[n]) };
	}
}

/**
 * The facts table (or the slice [start, end) of it, with every fact's data
 * table order `ord` computed over all of them), built in one pass over the
 * facts into typed arrays: no per-column intermediate arrays of a million values.
 */
export function factsTable(facts: readonly Fact[], ord: Int32Array = tableOrder(facts), start = 0, end = facts.length): ColumnTable {
	const n = end - start;
	const dict = () => new DictBuilder(n);
	const c = { file_id: dict(), file: dict(), sheet: dict(), unit: dict(), region: dict(), filed_on: dict(), activity_id: dict(), metric_id: dict(), family: dict(), label: dict(), status: dict() };
	const cell = new Utf8Builder(n);
	const text = new Utf8Builder(n);
	const raw = new Utf8Builder(n);
	const year = new Int32Array(n);
	const yearValid = new Uint8Array(Math.ceil(n / 8));
	let yearNulls = 0;
	const value = new Float64Array(n);
	const valueValid = new Uint8Array(Math.ceil(n / 8));
	let valueNulls = 0;
	const approx = new Uint8Array(Math.ceil(n / 8));
	for (let i = 0; i < n; i++) {
		const f = facts[start + i];
		c.file_id.add(f.fileId);
		c.file.add(f.file);
		c.sheet.add(f.sheet);
		cell.add(f.cell);
		c.unit.add(f.unit);
		c.region.add(f.region);
		c.filed_on.add(f.filedOn);
		c.activity_id.add(f.activityId);
		c.metric_id.add(f.metricId);
		c.family.add(f.family);
		text.add(f.text);
		c.label.add(f.label);
		raw.add(f.raw);
		c.status.add(f.status);
		const bit = 1 << (i & 7);
		if (f.year !== null) {
			year[i] = f.year;
			yearValid[i >> 3] |= bit;
		} else yearNulls++;
		if (f.value !== null && Number.isFinite(f.value)) {
			value[i] = f.value;
			valueValid[i >> 3] |= bit;
		} else valueNulls++;
		if (f.approx) approx[i >> 3] |= bit;
	}
	const nullable = (nulls: number, validity: Uint8Array) => ({ length: n, nullCount: nulls, validity: nulls ? validity : null });
	return columnTable({
		file_id: c.file_id.finish(),
		file: c.file.finish(),
		sheet: c.sheet.finish(),
		cell: cell.finish(),
		unit: c.unit.finish(),
		region: c.region.finish(),
		year: { kind: 'int32', ...nullable(yearNulls, yearValid), values: year },
		filed_on: c.filed_on.finish(),
		activity_id: c.activity_id.finish(),
		metric_id: c.metric_id.finish(),
		family: c.family.finish(),
		value: { kind: 'float64', ...nullable(valueNulls, valueValid), values: value },
		approx: { kind: 'bool', length: n, nullCount: 0, validity: null, bits: approx },
		text: text.finish(),
		label: c.label.finish(),
		raw: raw.finish(),
		status: c.status.finish(),
		ord: { kind: 'int32', length: n, nullCount: 0, validity: null, values: ord.subarray(start, end) }
	});
}

/** Rows per IPC chunk: DuckDB gets the facts a slice at a time, so no buffer the size of all of them is ever made. */
export const FACT_CHUNK_ROWS = 200_000;

/** The facts table as IPC streams of at most `chunk` rows each (none for no facts). */
export function factsIPC(facts: readonly Fact[], chunk = FACT_CHUNK_ROWS): Uint8Array[] {
	const ord = tableOrder(facts);
	const out: Uint8Array[] = [];
	for (let start = 0; start < facts.length; start += chunk) out.push(toIPC(factsTable(facts, ord, start, Math.min(facts.length, start + chunk))));
	return out;
}

/**
 * Each fact's place in the data table's order — file, sheet, the cell's row
 * number (A2 before A10; none last), cell — as DuckDB would sort them, so a
 * page of the table is a top-N on one integer. Facts come grouped by file and
 * sheet and mostly in row order, which keeps the sorts short.
 */
export function tableOrder(facts: readonly Fact[]): Int32Array {
	const n = facts.length;
	const rowOf = new Float64Array(n);
	const groups = new Map<string, { file: string; sheet: string; idx: number[] }>();
	for (let i = 0; i < n; i++) {
		const f = facts[i];
		const m = /[0-9]+$/.exec(f.cell);
		rowOf[i] = m ? Number(m[0]) : Infinity;
		const key = `${f.file}\u0000${f.sheet}`;
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { file: f.file, sheet: f.sheet, idx: [] }));
		g.idx.push(i);
	}
	const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	const ord = new Int32Array(n);
	let next = 0;
	for (const g of [...groups.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.sheet, b.sheet))) {
		g.idx.sort((a, b) => rowOf[a] - rowOf[b] || cmp(facts[a].cell, facts[b].cell) || a - b);
		for (const i of g.idx) ord[i] = next++;
	}
	return ord;
}

/**
 * One row per file: counts come from the resolved, mapped facts (so superseded,
 * unmapped and ignored are right). `facts` counts everything but unmapped and
 * ignored (superseded facts included, and also counted in `superseded`).
 */
export interface FileRow {
	fileId: string;
	file: string;
	format: string | null;
	status: 'read' | 'error';
	facts: number;
	unmapped: number;
	/** Facts the user's mapping leaves out (status 'ignored'): never summed, still listed. */
	ignored: number;
	superseded: number;
	errorZh: string | null;
	errorEn: string | null;
}

export function fileRows(results: readonly FileResult[], facts: readonly Fact[]): FileRow[] {
	const counts = new Map<string, { facts: number; unmapped: number; ignored: number; superseded: number }>();
	for (const f of facts) {
		let c = counts.get(f.fileId);
		if (!c) counts.set(f.fileId, (c = { facts: 0, unmapped: 0, ignored: 0, superseded: 0 }));
		if (f.status === 'unmapped') c.unmapped++;
		else if (f.status === 'ignored') c.ignored++;
		else c.facts++;
		if (f.status === 'superseded') c.superseded++;
	}
	return results.map((r) => {
		const c = counts.get(r.fileId) ?? { facts: 0, unmapped: 0, ignored: 0, superseded: 0 };
		return {
			fileId: r.fileId,
			file: r.file,
			format: r.format,
			status: r.error ? 'error' : 'read',
			facts: c.facts,
			unmapped: c.unmapped,
			ignored: c.ignored,
			superseded: c.superseded,
			errorZh: r.error?.zh ?? null,
			errorEn: r.error?.en ?? null
		};
	});
}

export function filesTable(rows: readonly FileRow[]): ColumnTable {
	return columnTable({
		file_id: dictColumn(rows.map((r) => r.fileId)),
		file: dictColumn(rows.map((r) => r.file)),
		format: dictColumn(rows.map((r) => r.format)),
		status: dictColumn(rows.map((r) => r.status)),
		facts: intColumn(rows.map((r) => r.facts)),
		unmapped: intColumn(rows.map((r) => r.unmapped)),
		ignored: intColumn(rows.map((r) => r.ignored)),
		superseded: intColumn(rows.map((r) => r.superseded)),
		error_zh: dictColumn(rows.map((r) => r.errorZh)),
		error_en: dictColumn(rows.map((r) => r.errorEn))
	});
}

export function problemsTable(results: readonly FileResult[]): ColumnTable {
	const rows = results.flatMap((r) => [...(r.error ? [r.error] : []), ...r.problems].map((p) => ({ r, p })));
	return columnTable({
		file_id: dictColumn(rows.map(({ r }) => r.fileId)),
		file: dictColumn(rows.map(({ r }) => r.file)),
		level: dictColumn(rows.map(({ p }) => p.level)),
		code: dictColumn(rows.map(({ p }) => p.code)),
		zh: dictColumn(rows.map(({ p }) => p.zh)),
		en: dictColumn(rows.map(({ p }) => p.en)),
		sheet: dictColumn(rows.map(({ p }) => p.sheet ?? null)),
		cell: dictColumn(rows.map(({ p }) => p.cell ?? null))
	});
}

/** A build's three tables as IPC (facts in slices; a table without rows as none). */
export function tablesIPC(results: readonly FileResult[], facts: readonly Fact[], rows: readonly FileRow[] = fileRows(results, facts)): TablesIPC {
	const problems = problemsTable(results);
	return { facts: factsIPC(facts), files: rows.length ? [toIPC(filesTable(rows))] : [], problems: problems.numRows ? [toIPC(problems)] : [] };
}

/** A table as one Arrow IPC stream: schema, dictionaries, one record batch. */
export function toIPC(table: ColumnTable): Uint8Array {
	return writeStream(table);
}
