/**
 * The report pack, end to end through the CLI: generated wide tables and
 * filled-in forms → `report` → an XLSX read back with exceljs. Sheets, images
 * (real PNGs, not blank), every summary number against sums of the same facts
 * computed here independently, frozen panes, number formats, and no cell a
 * spreadsheet would run as a formula.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { makeWideWorkbook, type WideColumn } from '../fixtures/wide';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';
import { buildFacts, processFile } from '../../src/lib/pipeline';
import type { Fact } from '../../src/lib/facts/fact';
import { MEASURES, MEASURE_IDS, type Measure } from '../../src/lib/query/filter';
import { DIM_ZH, MEASURE_ZH, SUMMARY_DIMS, type SummaryDim } from '../../src/lib/report/summary';
import { getActivity } from '../../src/lib/schema/index';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'src/cli/report.ts');
const EVIL_UNIT = '=HYPERLINK("http://x")';

const COLUMNS: WideColumn[] = [
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' },
	{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' },
	{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' },
	{ group: null, leaf: '张贴悬挂安全标语横幅（个）', metricId: 'publicity.slogans' },
	// Outside the schema, and formula-looking: listed as unmapped, never summed.
	{ group: null, leaf: '+1', metricId: null }
];

function report(args: string[]) {
	const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });
	return { code: r.status, stderr: r.stderr };
}

let dir: string;
let facts: Fact[];
const wb = new ExcelJS.Workbook();

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'report-'));
	const rows = (k: number) => [
		{ region: '环县', unit: EVIL_UNIT, values: [2 * k, 100 * k, 30 + k, 5 * k, 12, 7] },
		{ region: '环县', unit: '甲镇', values: [k, 55 * k, null, 3, 8 * k, 1] },
		{ region: '镇原县', unit: '乙镇', values: [3 + k, 1234 * k, 77, null, 4, 2] }
	];
	writeFileSync(join(dir, '2021年汇总.xlsx'), await makeWideWorkbook([{ title: '2021年“安全生产月”活动汇总表', sheetName: '2021', columns: COLUMNS, rows: rows(1) }]));
	writeFileSync(join(dir, '2022年汇总.xlsx'), await makeWideWorkbook([{ title: '2022年“安全生产月”活动汇总表', sheetName: '2022', columns: COLUMNS, rows: rows(2) }]));
	for (const [seed, year, template] of [
		[11, 2021, '2021'],
		[12, 2022, '2021'],
		[13, 2022, '2020']
	] as const) {
		const form = await makeFormWorkbook(randomFormSpec(seed, { year, template, unit: `正宁县山河镇${seed}号单位`, format: 'xlsx', fileName: undefined }));
		writeFileSync(join(dir, form.fileName), form.bytes);
	}
	const out = join(dir, 'report.xlsx');
	const r = report(['--out', out, dir]);
	expect(r.code, r.stderr).toBe(0);
	await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);

	// The same files through the core, summed here without SQL.
	const names = ['2021年汇总.xlsx', '2022年汇总.xlsx'];
	const { readdirSync } = await import('node:fs');
	const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx') && f !== 'report.xlsx').sort((a, b) => a.localeCompare(b));
	expect(files).toEqual(expect.arrayContaining(names));
	facts = buildFacts(files.map((f) => processFile({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) })));
}, 300_000); // the report CLI run from source (tsx) with DuckDB-WASM: minutes on a busy 2-core machine

const keyOf = (f: Fact, dim: SummaryDim) => (dim === 'unit' ? f.unit : dim === 'region' ? f.region : f.activityId);
const nameOf = (dim: SummaryDim, key: string | null) => (dim === 'activity' ? getActivity(key!)!.zh : key === '' ? '未知地区' : key!);

/** label → year → sum, and the column totals, of the facts that count. */
function expectedSums(measure: Measure, dim: SummaryDim) {
	const cells = new Map<string, Map<number, number>>();
	const totals = new Map<number, number>();
	for (const f of facts) {
		if (f.status !== 'ok' || f.family !== MEASURES[measure] || f.value === null || f.year === null) continue;
		const label = nameOf(dim, keyOf(f, dim));
		if (!cells.has(label)) cells.set(label, new Map());
		const row = cells.get(label)!;
		row.set(f.year, (row.get(f.year) ?? 0) + f.value);
		totals.set(f.year, (totals.get(f.year) ?? 0) + f.value);
	}
	return { cells, totals };
}

const text = (v: ExcelJS.CellValue) => (typeof v === 'string' ? v : '');
/** A neutralized cell back to the text it stands for. */
const plain = (s: string) => (s.startsWith("'") ? s.slice(1) : s);

describe('report pack', () => {
	test('sheets: cover, one per summary table, facts, unmapped, problems', () => {
		const names = wb.worksheets.map((w) => w.name);
		expect(names[0]).toBe('封面');
		for (const m of MEASURE_IDS) for (const d of SUMMARY_DIMS) expect(names).toContain(`${MEASURE_ZH[m]}-按${DIM_ZH[d]}`);
		expect(names.slice(-3)).toEqual(['数据明细', '未映射项目', '问题与提示']);
		const cover = wb.getWorksheet('封面')!;
		expect(cover.getCell('A1').value).toBe('安全生产月活动统计报告');
		const coverText = cover.getSheetValues().flat().map(String).join(' ');
		expect(coverText).toContain('生成日期');
		expect(coverText).toContain('全部数据');
		expect(coverText).toContain('2021年汇总.xlsx');
		// Each source file with its fact count.
		const row = cover.getRows(1, cover.rowCount)!.find((r) => r.getCell(1).value === '2022年汇总.xlsx')!;
		expect(row.getCell(4).value).toBe(facts.filter((f) => f.file === '2022年汇总.xlsx' && f.status !== 'unmapped').length);
	});

	test('a chart beside every summary table; the PNGs decode and are not blank', () => {
		const media = (wb.model as unknown as { media: { type: string; extension: string; buffer: Uint8Array }[] }).media;
		expect(media.length).toBe(MEASURE_IDS.length * SUMMARY_DIMS.length);
		for (const ws of wb.worksheets.slice(1, 1 + media.length)) {
			const images = ws.getImages();
			expect(images).toHaveLength(1);
			// Beside the table: to the right of its last column.
			expect(images[0].range.tl.nativeCol).toBeGreaterThanOrEqual(ws.getRow(3).cellCount);
		}
		for (const m of media) {
			expect(m.extension).toBe('png');
			const png = PNG.sync.read(Buffer.from(m.buffer));
			expect([png.width, png.height]).toEqual([2400, 1440]);
			let ink = 0;
			for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 200 || png.data[i + 1] < 200 || png.data[i + 2] < 200) ink++;
			expect(ink / (png.width * png.height)).toBeGreaterThan(0.01);
			// White background, not transparent.
			expect([...png.data.slice(0, 4)]).toEqual([255, 255, 255, 255]);
		}
	});

	test('every summary number equals the sum of the same facts', () => {
		let checked = 0;
		for (const measure of MEASURE_IDS)
			for (const dim of SUMMARY_DIMS) {
				const ws = wb.getWorksheet(`${MEASURE_ZH[measure]}-按${DIM_ZH[dim]}`)!;
				const header = (ws.getRow(3).values as ExcelJS.CellValue[]).slice(1).map(text);
				expect(header[0]).toBe(DIM_ZH[dim]);
				const yearCols = header.map((h, i) => [/^(\d{4})年$/.exec(h)?.[1], i + 1] as const).filter(([y]) => y);
				const totalCol = header.indexOf('合计') + 1;
				const { cells, totals } = expectedSums(measure, dim);
				expect(yearCols.map(([y]) => Number(y))).toEqual([...totals.keys()].sort());
				const seen = new Set<string>();
				for (let r = 4; r <= ws.rowCount; r++) {
					const label = text(ws.getCell(r, 1).value);
					const isTotal = label === '合计';
					const want = isTotal ? totals : cells.get(plain(label));
					expect(want, `${ws.name} ${label}`).toBeDefined();
					let rowSum = 0;
					for (const [y, c] of yearCols) {
						const v = ws.getCell(r, c).value;
						const w = want!.get(Number(y));
						// Blank stays blank: a year with nothing reported is an empty cell, not 0.
						if (w === undefined) expect(v, `${ws.name} ${label} ${y}`).toBeNull();
						else expect(v as number, `${ws.name} ${label} ${y}`).toBeCloseTo(w, 6);
						rowSum += w ?? 0;
						checked++;
					}
					expect(ws.getCell(r, totalCol).value as number).toBeCloseTo(rowSum, 6);
					const [prev, last] = yearCols.slice(-2).map(([y]) => want!.get(Number(y)));
					const change = ws.getCell(r, totalCol + 1).value;
					if (prev === undefined || last === undefined) expect(change).toBeNull();
					else {
						expect(change as number).toBeCloseTo(last - prev, 6);
						if (prev !== 0) expect(ws.getCell(r, totalCol + 2).value as number).toBeCloseTo((last - prev) / Math.abs(prev), 9);
					}
					if (!isTotal) seen.add(plain(label));
				}
				expect([...seen].sort()).toEqual([...cells.keys()].sort());
			}
		expect(checked).toBeGreaterThan(50);
	});

	test('frozen header rows, number formats, Chinese headers', () => {
		const ws = wb.getWorksheet('参与人次-按单位')!;
		expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 1 });
		expect(ws.getCell('B4').numFmt).toMatch(/#,##0/);
		const header = (ws.getRow(3).values as ExcelJS.CellValue[]).slice(1).map(text);
		expect(header).toEqual(['单位', '2021年', '2022年', '合计', '2022年比2021年增减', '2022年比2021年增减（%）']);
		expect(ws.getCell(4, header.length).numFmt).toContain('%');
		expect(ws.getColumn(1).width).toBeGreaterThan(8);
		expect(wb.getWorksheet('数据明细')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
	});

	test('facts with provenance, unmapped items and problems', () => {
		const ws = wb.getWorksheet('数据明细')!;
		const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(text);
		expect(header.slice(0, 3)).toEqual(['文件', '工作表', '单元格']);
		expect(header).toContain('原文');
		expect(ws.rowCount - 1).toBe(facts.length);
		const row = ws.getRow(2).values as ExcelJS.CellValue[];
		expect(facts.some((f) => f.file === row[1] && f.sheet === row[2] && f.cell === row[3])).toBe(true);
		const unmapped = wb.getWorksheet('未映射项目')!;
		const labels = unmapped.getColumn(1).values.slice(2).map((v) => text(v as ExcelJS.CellValue));
		expect(labels).toContain("'+1");
		const plusOne = unmapped.getRows(2, unmapped.rowCount - 1)!.find((r) => r.getCell(1).value === "'+1")!;
		expect(plusOne.getCell(2).value).toBe(6);
		expect(plusOne.getCell(3).value).toBe(7 + 1 + 2 + 7 + 1 + 2);
		expect(wb.getWorksheet('问题与提示')!.getCell('A1').value).toBe('文件');
	});

	test('no cell anywhere would run as a formula', () => {
		let evil = 0;
		for (const ws of wb.worksheets)
			ws.eachRow((row) =>
				row.eachCell((c) => {
					expect(c.formula).toBeFalsy();
					if (typeof c.value === 'string') {
						expect(c.value).not.toMatch(/^[=+\-@\t\r]/);
						if (c.value === `'${EVIL_UNIT}`) evil++;
					}
				})
			);
		// The planted unit is there, neutralized: in the unit tables and the facts sheet.
		expect(evil).toBeGreaterThan(4);
	});

	test('exit codes: 2 for usage, 1 when a file cannot be read', () => {
		expect(report([dir]).code).toBe(2);
		expect(report(['--out', join(dir, 'x.xlsx'), '--year', 'abc', dir]).code).toBe(2);
		writeFileSync(join(dir, 'broken.xlsx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
		const r = report(['--year', '2022', '--out', join(dir, 'y.xlsx'), join(dir, 'broken.xlsx'), join(dir, '2022年汇总.xlsx')]);
		expect(r.code, r.stderr).toBe(1);
		expect(r.stderr).toContain('broken.xlsx');
	}, 300_000); // four runs of the CLI from source (tsx): minutes on a busy 2-core machine
});
