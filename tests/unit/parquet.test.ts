import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import iconv from 'iconv-lite';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { makeWideWorkbook, type WideColumn } from '../fixtures/wide';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'src/cli/normalize.ts');
const HEADER = ['file', 'sheet', 'cell', 'unit', 'region', 'year', 'activity_id', 'metric_id', 'label', 'value', 'text', 'status'];

function normalize(args: string[]) {
	const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Row = Record<string, string>;
const parseCsv = (csv: string) => Papa.parse<Row>(csv.trim(), { header: true }).data;
const line = (r: Row) => HEADER.map((c) => r[c]).join('\t');

const columns: WideColumn[] = [
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' },
	{ group: null, leaf: '自定义指标（份）', metricId: null }
];

/**
 * 12 real files: filled-in forms of 2020–2022 (one unit filing twice in 2022,
 * so a filing is superseded across files), a 2023 wide table, a wide table
 * with no year anywhere, a GBK long CSV, and a file that cannot be read.
 */
async function makeFolder(): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'parquet-'));
	mkdirSync(join(dir, 'forms'));
	const specs = [
		randomFormSpec(21, { year: 2020, template: '2020', format: 'xls', fileName: '2020-腾鳌镇.xls' }),
		randomFormSpec(22, { year: 2020, template: 'reworded', unit: '八里镇人民政府', fileName: '2020-八里镇.xlsx' }),
		randomFormSpec(23, { year: 2021, template: '2021', filedOn: '2021-06-08', unit: '搬经镇综合执法局', fileName: '2021-搬经镇.xlsx' }),
		randomFormSpec(24, { year: 2021, template: 'reworded', unit: '城建事务服务中心', fileName: '2021-城建.xlsx' }),
		randomFormSpec(25, { year: 2022, template: 'reworded', unit: '正宁县山河镇人民政府', filedOn: '2022-06-08', fileName: '2022-山河镇（6月8日）.xlsx' }),
		randomFormSpec(26, { year: 2022, template: 'reworded', unit: '正宁县山河镇人民政府', filedOn: '2022-06-24', fileName: '2022-山河镇（6月24日）.xlsx' }),
		randomFormSpec(27, { year: 2022, template: '2020', unit: '宝坻区市场监管所', fileName: '2022-宝坻.xlsx' }),
		randomFormSpec(28, { year: 2020, template: 'reworded', unit: '海城市腾鳌镇人民政府', fileName: '2020-腾鳌镇-补.xlsx' })
	];
	for (const spec of specs) {
		const f = await makeFormWorkbook(spec);
		writeFileSync(join(dir, 'forms', f.fileName), f.bytes);
	}
	const rows = [
		{ region: '华池县', unit: '柔远镇', values: [3, 420, null] },
		{ region: '华池县', unit: '城壕镇', values: [null, 1.5, 7] }
	];
	writeFileSync(join(dir, '2023年汇总.xlsx'), await makeWideWorkbook([{ title: '2023年“安全生产月”活动汇总表', sheetName: '汇总', columns, rows }]));
	writeFileSync(join(dir, '汇总（无年度）.xlsx'), await makeWideWorkbook([{ title: '“安全生产月”活动汇总表', sheetName: '汇总', columns, rows }]));
	writeFileSync(join(dir, '明细.csv'), iconv.encode('年度,地区,单位,活动,指标,数值\r\n2023,合水县,太白镇,6·16咨询日,参与（人次）,88\r\n2021,合水县,太白镇,应急演练,场次,"1,200"\r\n', 'gbk'));
	writeFileSync(join(dir, 'broken.xlsx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
	return dir;
}

/** Every row of a Parquet folder, as the CSV would print it (NULL → ''), with the partition it came from. */
async function readParquet(conn: DuckDBConnection, dir: string): Promise<(Row & { partition: string })[]> {
	const reader = await conn.runAndReadAll(
		`SELECT ${HEADER.map((c) => `"${c}"`).join(', ')}, filename
		 FROM read_parquet('${dir}/**/*.parquet', hive_partitioning = true, filename = true, file_row_number = true)
		 ORDER BY filename, file_row_number`
	);
	return reader.getRowObjectsJS().map((r) => {
		const row: Row & { partition: string } = { partition: String(r.filename).slice(dir.length + 1).split('/')[0] };
		for (const c of HEADER) row[c] = r[c] === null ? '' : String(r[c]);
		return row;
	});
}

describe('normalize CLI → Parquet partitioned by year', () => {
	let dir: string;
	let out: string;
	let csvRows: Row[];
	let conn: DuckDBConnection;
	let jobs1: string;
	let jobs2: string;

	beforeAll(async () => {
		dir = await makeFolder();
		out = mkdtempSync(join(tmpdir(), 'parquet-out-'));
		// A stale partition from an earlier run: it must not survive the next one.
		mkdirSync(join(out, 'facts.parquet', 'year=1999'), { recursive: true });
		writeFileSync(join(out, 'facts.parquet', 'year=1999', 'data_0.parquet'), 'stale');
		const runs = [
			normalize(['--jobs', '1', '--out', join(out, 'jobs1.csv'), dir]),
			normalize(['--jobs', '2', '--out', join(out, 'jobs2.csv'), dir]),
			normalize(['--out', join(out, 'facts.parquet'), dir]),
			normalize(['--jobs', '2', '--format', 'parquet', '--out', join(out, 'jobs2-parquet'), dir])
		];
		for (const r of runs) expect(r.code, r.stderr).toBe(1); // broken.xlsx
		jobs1 = readFileSync(join(out, 'jobs1.csv'), 'utf8');
		jobs2 = readFileSync(join(out, 'jobs2.csv'), 'utf8');
		csvRows = parseCsv(jobs1);
		conn = await (await DuckDBInstance.create(':memory:')).connect();
	}, 180_000);

	afterAll(() => {
		conn?.closeSync();
		for (const d of [dir, out]) if (d) rmSync(d, { recursive: true, force: true });
	});

	it('--jobs 1 and --jobs 2 write the same CSV, byte for byte', () => {
		expect(csvRows.length).toBeGreaterThan(100);
		expect(jobs2).toBe(jobs1);
	});

	it('the folder covers several years, a superseded filing, a blank value and an error row', () => {
		const years = new Set(csvRows.map((r) => r.year));
		expect([...years].filter((y) => y !== '').length).toBeGreaterThanOrEqual(3);
		expect(csvRows.some((r) => r.status === 'superseded')).toBe(true);
		expect(csvRows.some((r) => r.status === 'error' && r.file === 'broken.xlsx')).toBe(true);
		expect(csvRows.some((r) => r.value === '' && r.status !== 'error')).toBe(true);
	});

	it('writes one Hive partition per year, NULL years in __HIVE_DEFAULT_PARTITION__, and nothing stale', () => {
		const want = [...new Set(csvRows.map((r) => `year=${r.year === '' ? '__HIVE_DEFAULT_PARTITION__' : r.year}`))].sort();
		expect(readdirSync(join(out, 'facts.parquet')).sort()).toEqual(want);
		for (const p of want) expect(readdirSync(join(out, 'facts.parquet', p))).toEqual(['data_0.parquet']);
		expect(existsSync(join(out, 'facts.parquet', 'year=1999'))).toBe(false);
	});

	it('reads back equal to the CSV, row for row: values, NULLs, sources; in CSV order within each year', async () => {
		const rows = await readParquet(conn, join(out, 'facts.parquet'));
		expect(rows.map(line).sort()).toEqual(csvRows.map(line).sort());
		for (const p of new Set(rows.map((r) => r.partition))) {
			const year = p.slice('year='.length);
			const inCsv = csvRows.filter((r) => r.year === (year === '__HIVE_DEFAULT_PARTITION__' ? '' : year));
			expect(rows.filter((r) => r.partition === p).map(line), p).toEqual(inCsv.map(line));
		}
		expect(rows.find((r) => r.file === 'broken.xlsx')).toMatchObject({ status: 'error', year: '', sheet: '', value: '' });
		expect(rows.find((r) => r.file === 'broken.xlsx')!.text).toMatch(/损坏.*corrupt/);
	});

	it('--jobs 2 writes the same Parquet rows', async () => {
		const one = await readParquet(conn, join(out, 'facts.parquet'));
		const two = await readParquet(conn, join(out, 'jobs2-parquet'));
		expect(two).toEqual(one);
	});

	it('has real types, and a blank is NULL, never 0 or an empty string', async () => {
		const glob = `'${join(out, 'facts.parquet')}/**/*.parquet'`;
		const schema = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${glob}, hive_partitioning = false)`)).getRowObjectsJS();
		const types = Object.fromEntries(schema.map((r) => [r.column_name, r.column_type]));
		// The year lives in the partition path (Hive layout), not in the data files.
		expect(types).toEqual(Object.fromEntries(HEADER.filter((c) => c !== 'year').map((c) => [c, c === 'value' ? 'DOUBLE' : 'VARCHAR'])));
		const blanks = csvRows.filter((r) => r.value === '').length;
		const counts = (
			await conn.runAndReadAll(
				`SELECT count(*) FILTER (value IS NULL) AS nulls, count(*) FILTER (value = 0) AS zeros, count(*) FILTER (${HEADER.filter((c) => c !== 'year' && c !== 'value').map((c) => `"${c}" = ''`).join(' OR ')}) AS empties FROM read_parquet(${glob})`
			)
		).getRowObjectsJS()[0];
		expect(Number(counts.nulls)).toBe(blanks);
		expect(Number(counts.zeros)).toBe(csvRows.filter((r) => r.value !== '' && Number(r.value) === 0).length);
		expect(Number(counts.empties)).toBe(0);
	});

	it('refuses to replace a folder it did not write (exit 2), before reading anything', () => {
		const foreign = join(out, 'foreign');
		mkdirSync(foreign);
		writeFileSync(join(foreign, 'notes.txt'), 'keep me');
		const r = normalize(['--format', 'parquet', '--out', foreign, dir]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/不是本工具.*not a Parquet folder written by this tool/s);
		expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('keep me');
	});

	it('Parquet needs --out (exit 2)', () => {
		expect(normalize(['--format', 'parquet', dir]).code).toBe(2);
		expect(normalize(['--jobs', '0', dir]).code).toBe(2);
	});
});
