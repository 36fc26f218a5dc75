/**
 * Facts, files and problems → Apache Arrow tables → IPC stream bytes, the one
 * way into DuckDB-WASM that works whichever copy of apache-arrow is loaded.
 * Pure: runs in the browser, a Worker and Node.
 */
import { Bool, Data, Dictionary, Float64, Int32, Table, Utf8, Vector, makeData, makeVector, tableToIPC } from 'apache-arrow';
import type { Fact, FileResult } from '../facts/fact';

/** Bitmap of valid (non-null) slots, as Arrow wants it; undefined when there is no null. */
function validity(isValid: (i: number) => boolean, length: number): { bitmap: Uint8Array | undefined; nullCount: number } {
	const bitmap = new Uint8Array(Math.ceil(length / 8));
	let nullCount = 0;
	for (let i = 0; i < length; i++) {
		if (isValid(i)) bitmap[i >> 3] |= 1 << (i & 7);
		else nullCount++;
	}
	return { bitmap: nullCount ? bitmap : undefined, nullCount };
}

/**
 * A dictionary-encoded string column. Building it from unique values + indices
 * is ~100× faster than `vectorFromArray(strings, new Utf8())` on large inputs,
 * and unit/region/file names repeat a lot.
 */
export function dictColumn(values: readonly (string | null)[]): Vector {
	const index = new Map<string, number>();
	const uniques: string[] = [];
	const keys = new Int32Array(values.length);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v === null) continue;
		let k = index.get(v);
		if (k === undefined) {
			k = uniques.length;
			index.set(v, k);
			uniques.push(v);
		}
		keys[i] = k;
	}
	const { bitmap, nullCount } = validity((i) => values[i] !== null, values.length);
	const dictionary = utf8Vector(uniques);
	const type = new Dictionary(new Utf8(), new Int32());
	const data = makeData({ type, length: values.length, nullCount, nullBitmap: bitmap, data: keys, dictionary });
	return makeVector(data as Data<Dictionary<Utf8, Int32>>);
}

/**
 * Strings → an Arrow Utf8 vector, built from offsets and UTF-8 bytes with
 * makeData. (vectorFromArray compiles its null check with `new Function`,
 * which a Content-Security-Policy without 'unsafe-eval' forbids.)
 */
function utf8Vector(strings: readonly string[]): Vector<Utf8> {
	const encoder = new TextEncoder();
	const parts = strings.map((s) => encoder.encode(s));
	const valueOffsets = new Int32Array(parts.length + 1);
	let total = 0;
	parts.forEach((p, i) => {
		total += p.length;
		valueOffsets[i + 1] = total;
	});
	const data = new Uint8Array(total);
	parts.forEach((p, i) => data.set(p, valueOffsets[i]));
	return makeVector(makeData({ type: new Utf8(), length: strings.length, nullCount: 0, valueOffsets, data }));
}

export function floatColumn(values: readonly (number | null)[]): Vector {
	const data = new Float64Array(values.length);
	values.forEach((v, i) => (data[i] = v ?? 0));
	const { bitmap, nullCount } = validity((i) => values[i] !== null && Number.isFinite(values[i]), values.length);
	return makeVector(makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap: bitmap, data }));
}

export function intColumn(values: readonly (number | null)[]): Vector {
	const data = new Int32Array(values.length);
	values.forEach((v, i) => (data[i] = v ?? 0));
	const { bitmap, nullCount } = validity((i) => values[i] !== null, values.length);
	return makeVector(makeData({ type: new Int32(), length: values.length, nullCount, nullBitmap: bitmap, data }));
}

/** Booleans as an Arrow bit-packed column (makeData: no eval, see utf8Vector). */
export function boolColumn(values: readonly boolean[]): Vector {
	const data = new Uint8Array(Math.ceil(values.length / 8));
	values.forEach((v, i) => {
		if (v) data[i >> 3] |= 1 << (i & 7);
	});
	return makeVector(makeData({ type: new Bool(), length: values.length, nullCount: 0, data }));
}

/** Columns of the facts table, in order (also the DDL of an empty table). */
export const FACT_COLUMNS = [
	['file_id', 'VARCHAR'],
	['file', 'VARCHAR'],
	['sheet', 'VARCHAR'],
	['cell', 'VARCHAR'],
	['unit', 'VARCHAR'],
	['region', 'VARCHAR'],
	['year', 'INTEGER'],
	['filed_on', 'VARCHAR'],
	['activity_id', 'VARCHAR'],
	['metric_id', 'VARCHAR'],
	['family', 'VARCHAR'],
	['value', 'DOUBLE'],
	['approx', 'BOOLEAN'],
	['text', 'VARCHAR'],
	['label', 'VARCHAR'],
	['raw', 'VARCHAR'],
	['status', 'VARCHAR']
] as const;

export const FILE_COLUMNS = [
	['file_id', 'VARCHAR'],
	['file', 'VARCHAR'],
	['format', 'VARCHAR'],
	['status', 'VARCHAR'],
	['facts', 'INTEGER'],
	['unmapped', 'INTEGER'],
	['ignored', 'INTEGER'],
	['superseded', 'INTEGER'],
	['error_zh', 'VARCHAR'],
	['error_en', 'VARCHAR']
] as const;

export const PROBLEM_COLUMNS = [
	['file_id', 'VARCHAR'],
	['file', 'VARCHAR'],
	['level', 'VARCHAR'],
	['code', 'VARCHAR'],
	['zh', 'VARCHAR'],
	['en', 'VARCHAR'],
	['sheet', 'VARCHAR'],
	['cell', 'VARCHAR']
] as const;

export function factsTable(facts: readonly Fact[]): Table {
	const col = <T>(pick: (f: Fact) => T): T[] => facts.map(pick);
	return new Table({
		file_id: dictColumn(col((f) => f.fileId)),
		file: dictColumn(col((f) => f.file)),
		sheet: dictColumn(col((f) => f.sheet)),
		cell: dictColumn(col((f) => f.cell)),
		unit: dictColumn(col((f) => f.unit)),
		region: dictColumn(col((f) => f.region)),
		year: intColumn(col((f) => f.year)),
		filed_on: dictColumn(col((f) => f.filedOn)),
		activity_id: dictColumn(col((f) => f.activityId)),
		metric_id: dictColumn(col((f) => f.metricId)),
		family: dictColumn(col((f) => f.family)),
		value: floatColumn(col((f) => f.value)),
		approx: boolColumn(col((f) => f.approx)),
		text: dictColumn(col((f) => f.text)),
		label: dictColumn(col((f) => f.label)),
		raw: dictColumn(col((f) => f.raw)),
		status: dictColumn(col((f) => f.status))
	});
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

export function filesTable(rows: readonly FileRow[]): Table {
	return new Table({
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

export function problemsTable(results: readonly FileResult[]): Table {
	const rows = results.flatMap((r) => [...(r.error ? [r.error] : []), ...r.problems].map((p) => ({ r, p })));
	return new Table({
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

export function toIPC(table: Table): Uint8Array {
	return tableToIPC(table, 'stream');
}

/** `CREATE TABLE` for an empty table (an IPC stream of zero rows is not worth the edge cases). */
export function createTableSql(name: string, columns: readonly (readonly [string, string])[]): string {
	return `CREATE TABLE ${name} (${columns.map(([c, t]) => `"${c}" ${t}`).join(', ')})`;
}
