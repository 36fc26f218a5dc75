/**
 * The own Arrow IPC stream writer (db/ipc-writer.ts) against two readers:
 * apache-arrow's tableFromIPC (values, and a schema equal to what apache-arrow's
 * own writer makes of the same columns: types, dictionary encoding, nullability)
 * and DuckDB-WASM's insertArrowFromIPCStream (the same rows, the column types
 * of the DDL in db/columns.ts).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Bool, Dictionary, Float64, Int32, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray, type Field } from 'apache-arrow';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { nodeDuckDB } from '../../src/cli/report-pack';
import { FACT_COLUMNS, FILE_COLUMNS, PROBLEM_COLUMNS, boolColumn, columnTable, dictColumn, factsIPC, fileRows, filesTable, floatColumn, intColumn, problemsTable, toIPC, utf8Column } from '../../src/lib/db/arrow';
import { buildFacts, processFile } from '../../src/lib/pipeline';
import { makeBigWideWorkbook } from '../fixtures/wide';

interface Rows {
	u: (string | null)[];
	d: (string | null)[];
	i: (number | null)[];
	f: (number | null)[];
	b: (boolean | null)[];
}

/** Every column kind, written by the own writer. */
const ours = (r: Rows) => toIPC(columnTable({ u: utf8Column(r.u), d: dictColumn(r.d), i: intColumn(r.i), f: floatColumn(r.f), b: boolColumn(r.b) }));

/** The same columns written by apache-arrow (what DuckDB got before the own writer). */
const theirs = (r: Rows) =>
	tableToIPC(
		new Table({
			u: vectorFromArray(r.u, new Utf8()),
			d: vectorFromArray(r.d, new Dictionary(new Utf8(), new Int32())),
			i: vectorFromArray(r.i, new Int32()),
			f: vectorFromArray(r.f, new Float64()),
			b: vectorFromArray(r.b, new Bool())
		}),
		'stream'
	);

/** A field as far as DuckDB cares (dictionary ids are the writer's own business). */
const fieldOf = (f: Field) => {
	const t = f.type;
	return { name: f.name, type: String(t), typeId: t.typeId, nullable: f.nullable, ordered: t instanceof Dictionary ? t.isOrdered : null, values: t instanceof Dictionary ? String(t.dictionary) : null };
};

function readBack(bytes: Uint8Array) {
	const t = tableFromIPC(bytes);
	const col = (name: string) => Array.from({ length: t.numRows }, (_, i) => t.getChild(name)!.get(i) ?? null);
	return { schema: t.schema.fields.map(fieldOf), rows: { u: col('u'), d: col('d'), i: col('i'), f: col('f'), b: col('b') } };
}

const rowsOf = (n: number, at: (i: number) => [string | null, number | null, number | null, boolean | null]): Rows => {
	const r: Rows = { u: [], d: [], i: [], f: [], b: [] };
	for (let k = 0; k < n; k++) {
		const [s, i, f, b] = at(k);
		r.u.push(s);
		r.d.push(s);
		r.i.push(i);
		r.f.push(f);
		r.b.push(b);
	}
	return r;
};

const STRINGS = ['柔远镇', '', null, '柔远镇', 'O’Brien', '𠮷野家 12 场', null, 'a“b”c', 'x'.repeat(70_000), '𠮷'.repeat(30_000), '安全生产月'.repeat(5_000), 'B12', '≈3'];
const CASES: Record<string, Rows> = {
	'with nulls (13 rows: a bitmap of two bytes)': rowsOf(13, (k) => [STRINGS[k], k % 3 ? k * 1000 - 6000 : null, k % 4 ? k / 7 - 1 : null, k % 5 ? k % 2 === 0 : null]),
	'without nulls': rowsOf(9, (k) => [['甲', 'b', '', '𠮷'][k % 4], [0, -1, 2147483647, -2147483648][k % 4], [0, -0.5, 1e300, 3.25][k % 4], k % 3 === 0]),
	'all null': rowsOf(11, () => [null, null, null, null]),
	'empty': rowsOf(0, () => [null, null, null, null]),
	'one row': rowsOf(1, () => ['一', 1, 1.5, true])
};

let conn: DuckDBConnection;
beforeAll(async () => {
	conn = await nodeDuckDB();
});

/** A stream loaded into a fresh DuckDB table: its column types and rows, in insertion order. */
function intoDuckDB(name: string, bytes: Uint8Array) {
	conn.query(`DROP TABLE IF EXISTS ${name}`);
	conn.insertArrowFromIPCStream(bytes, { name, create: true });
	const types = conn
		.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${name}' ORDER BY ordinal_position`)
		.toArray()
		.map((r) => [r.column_name, r.data_type]);
	const rows = conn
		.query(`SELECT * FROM ${name} ORDER BY rowid`)
		.toArray()
		.map((r) => ({ ...r.toJSON() }));
	return { types, rows };
}

describe('every column kind reads back as written', () => {
	for (const [name, rows] of Object.entries(CASES)) {
		test(`${name}: apache-arrow reads the values and the schema apache-arrow's writer makes`, () => {
			const back = readBack(ours(rows));
			expect(back.rows).toEqual(rows);
			expect(back.schema).toEqual(readBack(theirs(rows)).schema);
			expect(back.schema.map((f) => [f.name, f.type, f.nullable])).toEqual([
				['u', 'Utf8', true],
				['d', 'Dictionary<Int32, Utf8>', true],
				['i', 'Int32', true],
				['f', 'Float64', true],
				['b', 'Bool', true]
			]);
		});

		test(`${name}: DuckDB loads the same rows and types as from apache-arrow's stream`, () => {
			const mine = intoDuckDB('mine', ours(rows));
			// apache-arrow writes no dictionary batch for a table without rows, which DuckDB refuses
			// ("did not have the expected number (1) of dictionaries"); the own writer writes them empty.
			if (rows.u.length) expect(mine).toEqual(intoDuckDB('theirs', theirs(rows)));
			expect(mine.types).toEqual([
				['u', 'VARCHAR'],
				['d', 'VARCHAR'],
				['i', 'INTEGER'],
				['f', 'DOUBLE'],
				['b', 'BOOLEAN']
			]);
			expect(mine.rows).toEqual(rows.u.map((_, k) => ({ u: rows.u[k], d: rows.d[k], i: rows.i[k], f: rows.f[k], b: rows.b[k] })));
		});
	}

	test('NaN and ±Infinity are written as null doubles', () => {
		const t = tableFromIPC(toIPC(columnTable({ f: floatColumn([NaN, 1, Infinity, -Infinity, null]) })));
		expect([...t.getChild('f')!].map((v) => v ?? null)).toEqual([null, 1, null, null, null]);
	});

	test('columns of different lengths are refused', () => {
		expect(() => columnTable({ a: intColumn([1, 2]), b: intColumn([1]) })).toThrow(/rows/);
	});

	test('arbitrary rows (any Unicode, any nulls, any length up to 40) round-trip through apache-arrow', () => {
		const row = fc.tuple(
			fc.option(fc.string({ unit: 'binary', maxLength: 12 }), { nil: null }),
			fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { nil: null }),
			fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
			fc.option(fc.boolean(), { nil: null })
		);
		fc.assert(
			fc.property(fc.array(row, { maxLength: 40 }), (list) => {
				// Lone surrogates do not survive UTF-8 (TextEncoder writes U+FFFD, as apache-arrow's writer does).
				const rows = rowsOf(list.length, (k) => {
					const [s, i, f, b] = list[k];
					return [s === null ? null : s.toWellFormed(), i, Object.is(f, -0) ? 0 : f, b];
				});
				const back = readBack(ours(rows));
				expect(back.rows).toEqual(rows);
			}),
			{ numRuns: 200 }
		);
	});
});

describe("the tables' streams", () => {
	const results = [processFile({ name: '2023年汇总.xlsx', bytes: makeBigWideWorkbook(30, 6, 2023) }), processFile({ name: 'broken.xlsx', bytes: new TextEncoder().encode('not a workbook') })];
	const facts = buildFacts(results);

	test('each facts slice is a whole stream (schema, dictionaries, batch) DuckDB loads with the DDL types of columns.ts', () => {
		const slices = factsIPC(facts, 50);
		expect(slices.length).toBe(Math.ceil(facts.length / 50));
		slices.forEach((s, k) => {
			const t = tableFromIPC(s);
			expect(t.numRows).toBe(Math.min(50, facts.length - 50 * k));
			expect(t.getChild('cell')!.toArray()).toEqual(facts.slice(50 * k, 50 * k + 50).map((f) => f.cell));
		});
		const first = tableFromIPC(slices[0]);
		const dict = ['file_id', 'file', 'sheet', 'unit', 'region', 'filed_on', 'activity_id', 'metric_id', 'family', 'label', 'status'];
		expect(first.schema.fields.map((f) => [f.name, String(f.type), f.nullable])).toEqual(
			FACT_COLUMNS.map(([c, t]) => [c, dict.includes(c) ? 'Dictionary<Int32, Utf8>' : { VARCHAR: 'Utf8', INTEGER: 'Int32', DOUBLE: 'Float64', BOOLEAN: 'Bool' }[t], true])
		);
		expect(intoDuckDB('facts_slice', slices[0]).types).toEqual(FACT_COLUMNS.map(([c, t]) => [c, t]));
	});

	test('files and problems load into DuckDB with the DDL types of columns.ts', () => {
		const files = intoDuckDB('files_t', toIPC(filesTable(fileRows(results, facts))));
		expect(files.types).toEqual(FILE_COLUMNS.map(([c, t]) => [c, t]));
		expect(files.rows.map((r) => [r.file, r.status, r.error_zh === null])).toEqual([
			['2023年汇总.xlsx', 'read', true],
			['broken.xlsx', 'error', false]
		]);
		const problems = problemsTable(results);
		expect(problems.numRows).toBeGreaterThan(0);
		expect(intoDuckDB('problems_t', toIPC(problems)).types).toEqual(PROBLEM_COLUMNS.map(([c, t]) => [c, t]));
	});
});
