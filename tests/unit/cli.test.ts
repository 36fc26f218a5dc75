import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import iconv from 'iconv-lite';
import { makeWideWorkbook } from '../fixtures/wide';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';
import { SHARED } from '../fixtures/shared';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'src/cli/normalize.ts');
const SAMPLES = join(SHARED, 'samples');
const HEADER = 'file,sheet,cell,unit,region,year,activity_id,metric_id,label,value,text,status';

function normalize(args: string[]) {
	const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Row = Record<string, string>;
const parse = (csv: string) => Papa.parse<Row>(csv.trim(), { header: true }).data;
/** The normative columns of expected.csv. */
const key = (r: Row) => [r.file, r.unit, r.region, r.year, r.metric_id, r.value === '' ? '' : String(Number(r.value)), r.text, r.status].join('\t');

describe('normalize CLI contract', () => {
	it('writes the exact header, one row per fact, exit 0', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-'));
		mkdirSync(join(dir, 'sub'));
		writeFileSync(
			join(dir, 'sub', '2023年汇总.xlsx'),
			await makeWideWorkbook([
				{
					title: '2023年“安全生产月”活动汇总表',
					sheetName: '汇总',
					columns: [
						{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
						{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' }
					],
					rows: [{ region: '华池县', unit: '柔远镇', values: [3, 420] }]
				}
			])
		);
		writeFileSync(join(dir, '明细.csv'), iconv.encode('年度,地区,单位,活动,指标,数值\r\n2023,合水县,太白镇,6·16咨询日,参与（人次）,88\r\n', 'gbk'));
		const out = join(dir, 'facts.csv');
		const r = normalize(['--out', out, dir]);
		expect(r.code, r.stderr).toBe(0);
		const csv = readFileSync(out, 'utf8');
		expect(csv.split('\n')[0]).toBe(HEADER);
		const rows = parse(csv);
		expect(rows.map((x) => [x.file, x.unit, x.metric_id, x.value, x.status])).toEqual([
			['sub/2023年汇总.xlsx', '柔远镇', 'drills.events', '3', 'ok'],
			['sub/2023年汇总.xlsx', '柔远镇', 'drills.participants', '420', 'ok'],
			['明细.csv', '太白镇', 'consult.participants', '88', 'ok']
		]);
	});

	it('exit 1 with an error row for a file that cannot be read; the others still come out', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-'));
		writeFileSync(join(dir, 'broken.xlsx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
		writeFileSync(join(dir, 'ok.csv'), '年度,地区,单位,活动,指标,数值\n2023,合水县,太白镇,应急演练,参与（人次）,5\n');
		const r = normalize([dir]);
		expect(r.code).toBe(1);
		const rows = parse(r.stdout);
		expect(rows.find((x) => x.file === 'broken.xlsx')).toMatchObject({ status: 'error' });
		expect(rows.find((x) => x.file === 'broken.xlsx')!.text).toMatch(/损坏.*corrupt/);
		expect(rows.find((x) => x.file === 'ok.csv')).toMatchObject({ metric_id: 'drills.participants', value: '5', status: 'ok' });
	});

	it('exit 2 on a usage error', () => {
		expect(normalize([]).code).toBe(2);
		expect(normalize(['--bogus', '.']).code).toBe(2);
		expect(normalize(['/no/such/path']).code).toBe(2);
	});
});

describe('normalize CLI on a folder of filled-in forms', () => {
	it('yields every filled slot with its metric, value, unit, year and status; the interim filing is superseded', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-forms-'));
		const specs = [
			randomFormSpec(11, { unit: '正宁县山河镇人民政府', year: 2021, filedOn: '2021-06-08', template: '2021', fileName: '山河镇（6月8日）.xlsx' }),
			randomFormSpec(12, { unit: '正宁县山河镇人民政府', year: 2021, filedOn: '2021-06-24', template: '2021', fileName: '山河镇（6月24日）.xlsx' }),
			randomFormSpec(13, { unit: '海城市腾鳌镇人民政府', year: 2020, template: '2020', format: 'xls', fileName: '附件3-腾鳌镇.xls' }),
			randomFormSpec(14, { unit: '城建事务服务中心', year: 2022, template: 'reworded', fileName: '城建事务服务中心.xlsx' })
		];
		const forms = await Promise.all(specs.map(makeFormWorkbook));
		forms.forEach((f) => writeFileSync(join(dir, f.fileName), f.bytes));
		const r = normalize([dir]);
		expect(r.code, r.stderr).toBe(0);
		const rows = parse(r.stdout);
		forms.forEach((form, i) => {
			const spec = specs[i];
			const status = i === 0 ? 'superseded' : null;
			const want = form.expected.map((e) => [e.cell, e.metricId ?? '', e.value === null ? '' : String(e.value), e.text ?? '', status ?? e.status].join(' ')).sort();
			const mine = rows.filter((x) => x.file === form.fileName);
			const got = mine.map((x) => [x.cell, x.metric_id, x.value, x.text, x.status].join(' ')).sort();
			expect(got, form.fileName).toEqual(want);
			expect(new Set(mine.map((x) => x.unit))).toEqual(new Set([spec.unit]));
			expect(new Set(mine.map((x) => x.year))).toEqual(new Set([String(spec.template === '2021' ? Number(spec.filedOn.slice(0, 4)) : spec.year)]));
		});
	});
});

describe.skipIf(!existsSync(SAMPLES))('the shared samples come out as expected.csv says', () => {
	const files = readdirSync(SAMPLES).filter((f) => /\.(xlsx|xls|csv)$/.test(f) && f !== 'expected.csv');
	const expected = parse(readFileSync(join(SAMPLES, 'expected.csv'), 'utf8'));
	const actual = (() => {
		const r = spawnSync(TSX, [CLI, ...files.map((f) => join(SAMPLES, f))], { encoding: 'utf8' });
		return { code: r.status, rows: parse(r.stdout), stderr: r.stderr };
	})();

	it('exits 0', () => expect(actual.code, actual.stderr).toBe(0));

	it.each(files)('%s', (file) => {
		const want = expected.filter((r) => r.file === file).map(key).sort();
		const got = actual.rows.filter((r) => r.file === file).map(key).sort();
		const missing = want.filter((k) => !got.includes(k));
		const extra = got.filter((k) => !want.includes(k));
		expect({ missing, extra }).toEqual({ missing: [], extra: [] });
	});
});

describe('help', () => {
	it('prints usage in Chinese and English', () => {
		const out = execFileSync(TSX, [CLI, '--help'], { encoding: 'utf8' });
		expect(out).toMatch(/用法.*usage/);
	});
});

describe('--include-hidden', () => {
	it('a table on a hidden sheet: an error row naming it without the flag, its facts with it', async () => {
		const ExcelJS = (await import('exceljs')).default;
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('封面').getCell('A1').value = '安全生产月统计';
		wb.addWorksheet('数据', { state: 'hidden' }).addRows([
			['年度', '地区', '单位', '活动', '指标', '数值'],
			[2021, '正宁县', '山河镇', '应急演练', '开展灾害避险逃生、自救互救演练（场）', 5]
		]);
		const dir = mkdtempSync(join(tmpdir(), 'cli-hidden-'));
		const file = join(dir, '统计.xlsx');
		writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
		const without = normalize([file]);
		expect(without.code).toBe(1);
		const errorRows = parse(without.stdout);
		expect(errorRows.map((r) => r.status)).toEqual(['error']);
		expect(errorRows[0].text).toContain('“数据”');
		const withFlag = normalize(['--include-hidden', file]);
		expect(withFlag.code).toBe(0);
		expect(parse(withFlag.stdout).map((r) => [r.sheet, r.metric_id, r.value, r.status])).toEqual([['数据', 'drills.events', '5', 'ok']]);
	});
});

describe.skipIf(!existsSync(SAMPLES))('the built command: bin/anquanyue.js (build-cli/, built on demand)', () => {
	const BIN = join(process.cwd(), 'bin/anquanyue.js');
	const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

	it('writes the same CSV as the source, on one thread, on two (the reading threads run the built worker) and by default', () => {
		const source = normalize([SAMPLES]);
		expect(source.code, source.stderr).toBe(0);
		for (const jobs of [['--jobs', '1'], ['--jobs', '2'], []]) {
			const built = run(['normalize', ...jobs, SAMPLES]);
			expect(built.status, built.stderr).toBe(0);
			expect(built.stdout).toBe(source.stdout);
		}
	}, 120_000);

	it('names its commands: usage (exit 2) without one, each command its own help', () => {
		expect(run([]).status).toBe(2);
		expect(run(['nonsense']).stderr).toMatch(/normalize\|report/);
		expect(run(['normalize', '--help']).stdout).toMatch(/用法.*usage/);
		expect(run(['report', '--help']).stdout).toMatch(/用法.*usage/);
	}, 120_000);
});

describe('the default number of reading threads', () => {
	it('adds a thread only with a free share of a core beyond those reading, a core for it and 2 MB left to read', async () => {
		const { addThread } = await import('../../src/cli/read-workers');
		const mb = 1e6;
		expect(addThread(2, 1, 2, 5 * mb)).toBe(true);
		expect(addThread(1.8, 1, 2, 5 * mb)).toBe(true);
		expect(addThread(1.7, 1, 2, 5 * mb)).toBe(false);
		expect(addThread(1, 1, 2, 90 * mb)).toBe(false);
		expect(addThread(null, 1, 2, 90 * mb)).toBe(false);
		expect(addThread(2, 2, 2, 90 * mb)).toBe(false);
		expect(addThread(2, 1, 2, 1.9 * mb)).toBe(false);
		expect(addThread(8, 3, 8, 2 * mb)).toBe(true);
	});

	it('counts the cores others leave free: their busy time (niced and stolen too) less this process’s', async () => {
		const { freeCoresMeter, procStatTicks } = await import('../../src/cli/free-cores');
		const line = (user: number, nice: number, system: number, idle: number, steal = 0) => `cpu  ${user} ${nice} ${system} ${idle} 0 0 0 ${steal} 0 0\ncpu0 1 2 3 4\n`;
		expect(procStatTicks(line(10, 20, 5, 65))).toEqual({ busy: 35, total: 100 });
		expect(procStatTicks(line(10, 0, 5, 55, 30))).toEqual({ busy: 45, total: 100 });
		expect(procStatTicks('intr 1 2 3')).toBeNull();

		// Two cores over 100 ms: half of all ticks busy is one core busy; this process's own CPU is not others' work.
		const samples = [
			{ at: 0, ticks: { busy: 0, total: 0 }, own: 0 },
			{ at: 100, ticks: { busy: 100, total: 200 }, own: 0 },
			{ at: 200, ticks: { busy: 200, total: 400 }, own: 100 },
			{ at: 300, ticks: { busy: 400, total: 600 }, own: 150 },
			{ at: 400, ticks: { busy: 400, total: 800 }, own: 150 },
			{ at: 400, ticks: { busy: 400, total: 800 }, own: 150 },
			{ at: 500, ticks: null, own: 150 }
		];
		const meter = freeCoresMeter(() => samples.shift()!, 2);
		expect(meter()).toBe(1); // one core busy, none of it this process
		expect(meter()).toBe(2); // one core busy, all of it this process
		expect(meter()).toBe(0.5); // both busy, half of one this process
		expect(meter()).toBe(2); // idle
		expect(meter()).toBeNull(); // no time passed
		expect(meter()).toBeNull(); // no ticks
	});

	it('is chosen by the bytes of the files (the work), not their count', async () => {
		const { fileSizes, inputBytes } = await import('../../src/cli/read-workers');
		const dir = mkdtempSync(join(tmpdir(), 'aqy-jobs-'));
		const file = (name: string, bytes: number) => {
			const path = join(dir, name);
			writeFileSync(path, '');
			truncateSync(path, bytes);
			return { path };
		};
		expect(inputBytes([])).toBe(0);
		const files = [file('a.xlsx', 9e6), file('b.xlsx', 20e6), file('c.xlsx', 1)];
		expect(fileSizes(files)).toEqual([9e6, 20e6, 1]);
		expect(inputBytes(files)).toBe(29e6 + 1);
	});
});

describe('V8 tuned by the work before it', () => {
	it('raises the interrupt budget (less optimizing) below about a thousand forms of input, keeps the default above', async () => {
		const { shortRunFlag, SHORT_RUN_BYTES } = await import('../../src/cli/short-run');
		expect(shortRunFlag(9e3)).toBe('--interrupt-budget=2027520');
		expect(shortRunFlag(SHORT_RUN_BYTES - 1)).toBe('--interrupt-budget=2027520');
		expect(shortRunFlag(SHORT_RUN_BYTES)).toBeNull();
		expect(shortRunFlag(90e6)).toBeNull();
	});
});
