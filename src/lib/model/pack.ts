/**
 * Facts in columns, for the trip from a parse worker to the model worker and
 * for keeping them there: a few typed arrays and one table of distinct
 * strings instead of one object (and its own copies of file name, unit, label …)
 * per fact. A million facts as objects cloned between threads is ~1 GB of
 * heap; packed, they are ~80 MB and cross threads as transferred buffers.
 * `unpackFacts(packFacts(facts))` gives the same facts back, field for field.
 */
import type { Fact, FactStatus } from '../facts/fact';
import type { Family } from '../schema/types';
import { cellAddress } from '../read/workbook';

/** The string fields, in the order of their columns in `keys`. */
const STRING_FIELDS = ['fileId', 'file', 'sheet', 'cell', 'unit', 'region', 'filedOn', 'activityId', 'metricId', 'family', 'text', 'label', 'raw', 'status'] as const;
const WIDTH = STRING_FIELDS.length;
const NULL = -1;
/** `cell` is an A1 address held as row and column numbers in `cellAt` (most are). */
const CELL_AT = -2;
/** `raw` is the value written the way String() writes it (most numbers in a table are). */
const RAW_IS_VALUE = -2;
/** Columns up to XFD, rows up to 2^20: the range Excel itself has. */
const A1 = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;

/** Flags per fact. */
const YEAR_NULL = 1;
const VALUE_NULL = 2;
const APPROX = 4;

export interface PackedFacts {
	n: number;
	/** Distinct strings of every string field. */
	strings: string[];
	/** n × 14 indices into `strings` (row-major, field order STRING_FIELDS); -1 for null, -2 see CELL_AT / RAW_IS_VALUE. */
	keys: Int32Array;
	/** n × 2: the 0-based row and column of a cell held as numbers. */
	cellAt: Int32Array;
	year: Int32Array;
	value: Float64Array;
	confidence: Float64Array;
	flags: Uint8Array;
}

export function packFacts(facts: readonly Fact[]): PackedFacts {
	const n = facts.length;
	const index = new Map<string, number>();
	const strings: string[] = [];
	const keys = new Int32Array(n * WIDTH);
	const cellAt = new Int32Array(n * 2);
	const year = new Int32Array(n);
	const value = new Float64Array(n);
	const confidence = new Float64Array(n);
	const flags = new Uint8Array(n);
	const key = (s: string | null): number => {
		if (s === null) return NULL;
		let k = index.get(s);
		if (k === undefined) {
			k = strings.length;
			index.set(s, k);
			strings.push(s);
		}
		return k;
	};
	for (let i = 0; i < n; i++) {
		const f = facts[i];
		const o = i * WIDTH;
		keys[o] = key(f.fileId);
		keys[o + 1] = key(f.file);
		keys[o + 2] = key(f.sheet);
		const a1 = A1.exec(f.cell);
		if (a1) {
			keys[o + 3] = CELL_AT;
			cellAt[i * 2] = Number(a1[2]) - 1;
			cellAt[i * 2 + 1] = columnIndex(a1[1]);
		} else keys[o + 3] = key(f.cell);
		keys[o + 4] = key(f.unit);
		keys[o + 5] = key(f.region);
		keys[o + 6] = key(f.filedOn);
		keys[o + 7] = key(f.activityId);
		keys[o + 8] = key(f.metricId);
		keys[o + 9] = key(f.family);
		keys[o + 10] = key(f.text);
		keys[o + 11] = key(f.label);
		keys[o + 12] = f.value !== null && f.raw === String(f.value) ? RAW_IS_VALUE : key(f.raw);
		keys[o + 13] = key(f.status);
		let fl = 0;
		if (f.year === null) fl |= YEAR_NULL;
		else year[i] = f.year;
		if (f.value === null) fl |= VALUE_NULL;
		else value[i] = f.value;
		if (f.approx) fl |= APPROX;
		flags[i] = fl;
		confidence[i] = f.confidence;
	}
	return { n, strings, keys, cellAt, year, value, confidence, flags };
}

/** `AB` → 27. */
function columnIndex(letters: string): number {
	let c = 0;
	for (let i = 0; i < letters.length; i++) c = c * 26 + (letters.charCodeAt(i) - 64);
	return c - 1;
}

/** The facts again, as objects (strings shared between facts, not copied). */
export function unpackFacts(p: PackedFacts): Fact[] {
	const { strings: s, keys, cellAt, year, value, confidence, flags } = p;
	const str = (k: number) => (k === NULL ? null : s[k]);
	const facts: Fact[] = new Array(p.n);
	for (let i = 0; i < p.n; i++) {
		const o = i * WIDTH;
		const fl = flags[i];
		facts[i] = {
			fileId: s[keys[o]],
			file: s[keys[o + 1]],
			sheet: s[keys[o + 2]],
			cell: keys[o + 3] === CELL_AT ? cellAddress(cellAt[i * 2], cellAt[i * 2 + 1]) : s[keys[o + 3]],
			unit: s[keys[o + 4]],
			region: s[keys[o + 5]],
			year: fl & YEAR_NULL ? null : year[i],
			filedOn: str(keys[o + 6]),
			activityId: str(keys[o + 7]),
			metricId: str(keys[o + 8]),
			family: str(keys[o + 9]) as Family | null,
			value: fl & VALUE_NULL ? null : value[i],
			approx: (fl & APPROX) !== 0,
			text: str(keys[o + 10]),
			label: s[keys[o + 11]],
			raw: keys[o + 12] === RAW_IS_VALUE ? String(value[i]) : s[keys[o + 12]],
			status: s[keys[o + 13]] as FactStatus,
			confidence: confidence[i]
		};
	}
	return facts;
}

/** The buffers to transfer (not copy) with a postMessage. */
export function packedBuffers(p: PackedFacts): ArrayBuffer[] {
	return [p.keys.buffer, p.cellAt.buffer, p.year.buffer, p.value.buffer, p.confidence.buffer, p.flags.buffer] as ArrayBuffer[];
}

/** Bytes held by the typed arrays (the strings come on top). */
export function packedBytes(p: PackedFacts): number {
	return p.keys.byteLength + p.cellAt.byteLength + p.year.byteLength + p.value.byteLength + p.confidence.byteLength + p.flags.byteLength;
}
