/**
 * Formulas saved without their results (issue 17), as openpyxl, Apache POI and web systems write
 * them: `<f>` with no `<v>`, fullCalcOnLoad set. They are computed from the workbook's own cells;
 * what cannot be computed is named with its reason; a file that yields nothing is an error in the CLI.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { processFile } from '../../src/lib/pipeline';
import { partsOf } from '../fixtures/edit-xlsx';

const f = (formula: string) => ({ formula }) as ExcelJS.CellFormulaValue;

/** A summary table (shape B) whose counts are formulas without results; `cell` overrides one cell. */
async function summaryOfFormulas(overrides: Record<string, ExcelJS.CellValue> = {}): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	wb.calcProperties.fullCalcOnLoad = true;
	const ws = wb.addWorksheet('汇总');
	ws.getCell('A1').value = '2023年“安全生产月”活动汇总表';
	ws.addRow(['单位', '应急演练', '', '安全宣传咨询日', '']);
	ws.addRow(['', '场次', '参与人次', '场次', '参与人次']);
	ws.mergeCells('B2:C2');
	ws.mergeCells('D2:E2');
	ws.addRow(['城关镇', f('3+4'), f('ROUND(120.4,0)'), 2, f('D4*100+15')]);
	ws.addRow(['柔远镇', 5, f('SUM(2,3)*10'), f('IF(D4>1,3,0)'), f('AVERAGE(E4,85)')]);
	ws.addRow(['合计', f('SUM(B4:B5)'), f('SUM(C4:C5)'), f('SUM(D4:D5)'), f('SUM(E4:E5)')]);
	for (const [at, v] of Object.entries(overrides)) ws.getCell(at).value = v;
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

const values = (r: ReturnType<typeof processFile>) => r.facts.map((x) => [x.unit, x.metricId, x.value]);

describe('formulas saved without results', () => {
	it('are written as openpyxl writes them: <f> and no <v>, fullCalcOnLoad', async () => {
		const parts = partsOf(await summaryOfFormulas());
		const text = (path: string) => new TextDecoder().decode(parts.find((p) => p.path === path)!.data);
		const sheet = text('xl/worksheets/sheet1.xml');
		expect(sheet).toMatch(/<c r="B4"[^>]*><f>3\+4<\/f><\/c>/);
		expect(sheet).not.toMatch(/<f>[^<]*<\/f><v>/);
		expect(text('xl/workbook.xml')).toMatch(/fullCalcOnLoad="1"/);
	});

	it('are computed from the sheet: arithmetic, SUM, ROUND, IF, AVERAGE; the 合计 row agrees', async () => {
		const r = processFile({ name: '汇总.xlsx', bytes: await summaryOfFormulas() });
		expect(r.error).toBeNull();
		expect(values(r)).toEqual([
			['城关镇', 'drills.events', 7],
			['城关镇', 'drills.participants', 120],
			['城关镇', 'consult.events', 2],
			['城关镇', 'consult.participants', 215],
			['柔远镇', 'drills.events', 5],
			['柔远镇', 'drills.participants', 50],
			['柔远镇', 'consult.events', 3],
			['柔远镇', 'consult.participants', 150]
		]);
		expect(r.problems.map((p) => p.code)).not.toContain('total.mismatch');
		const note = r.problems.find((p) => p.code === 'formula.computed')!;
		expect(note.level).toBe('info');
		expect(note.zh).toContain('10 个公式没有保存计算结果，已按表中的数据算出');
	});

	it('what cannot be computed is a visible warning with its reason; the rest still loads', async () => {
		const r = processFile({ name: '汇总.xlsx', bytes: await summaryOfFormulas({ B4: f('INDIRECT("B5")'), C5: f('[1]汇总!C5'), E4: f('D4/0') }) });
		const warnings = r.problems.filter((p) => p.code === 'formula.no-value');
		expect(warnings.map((p) => [p.cell, p.level])).toEqual([
			['B4', 'warning'],
			['E4', 'warning'],
			['C5', 'warning'],
			// What refers to them cannot be computed either, and says so.
			['E5', 'warning'],
			['B6', 'warning'],
			['C6', 'warning'],
			['E6', 'warning']
		]);
		expect(warnings[0].zh).toContain('函数 INDIRECT');
		expect(warnings[0].zh).toContain('公式没有计算结果，请在 Excel 中打开并保存后再导入');
		expect(warnings[0].en).toContain('Open the file in Excel and save it');
		expect(warnings[1].zh).toContain('#DIV/0!');
		expect(warnings[2].zh).toContain('其他工作簿');
		expect(warnings[3].zh).toContain('E4 也无法计算');
		// A blank stays blank: no fact for the cells without a value, the others are there.
		expect(r.facts.find((x) => x.cell === 'B4')).toBeUndefined();
		expect(r.facts.find((x) => x.cell === 'C4')?.value).toBe(120);
	});
});

describe('the CLI never passes over a file silently', () => {
	const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
	const CLI = join(process.cwd(), 'src/cli/normalize.ts');

	it('a file that yields no fact is an error row with its reason, exit 1; a computed one comes out', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-formulas-'));
		writeFileSync(join(dir, '计算.xlsx'), await summaryOfFormulas());
		const uncomputable = Object.fromEntries(['B4', 'C4', 'E4', 'B5', 'C5', 'D5', 'E5'].map((at) => [at, f(`INDIRECT("${at}")`)]));
		writeFileSync(join(dir, '无法计算.xlsx'), await summaryOfFormulas({ ...uncomputable, D4: f('INDIRECT("A1")') }));
		const run = spawnSync(TSX, [CLI, dir], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(1);
		const rows = Papa.parse<Record<string, string>>(run.stdout.trim(), { header: true }).data;
		expect(rows.filter((x) => x.file === '计算.xlsx' && x.status === 'ok')).toHaveLength(8);
		const error = rows.filter((x) => x.file === '无法计算.xlsx');
		expect(error).toHaveLength(1);
		expect(error[0].status).toBe('error');
		expect(error[0].text).toContain('公式没有计算结果');
		expect(error[0].text).toContain('请在 Excel 中打开并保存后再导入');
		expect(error[0].text).toContain('open the file in Excel and save it');
		expect(run.stderr).toContain('无法计算.xlsx');
	});
});
