/**
 * The collection template: for each kind, a filled copy (every value cell
 * filled with exceljs, as an office would in Excel) imports with processFile
 * with every value on its metric; the validations are in the file.
 */
import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { processFile } from '../../src/lib/pipeline';
import { buildTemplate, templateMetrics, templateRows, templateTitle, TEMPLATE_LAYOUT, type TemplateKind } from '../../src/lib/export/template';
import { METRICS } from '../../src/lib/schema/index';
import { rng } from '../fixtures/forms';

const KINDS: { kind: TemplateKind; year: number }[] = [
	{ kind: '2020', year: 2020 },
	{ kind: '2021', year: 2021 },
	{ kind: 'all', year: 2024 }
];

/** Fills the template as a clerk does in Excel: the filing lines, then numbers and 是/否 picked from the list. */
async function fill(bytes: Uint8Array, values: Map<string, number | string>, filing: { unit: string; year: number; date: Date }): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(bytes as unknown as ArrayBuffer);
	const ws = wb.getWorksheet(TEMPLATE_LAYOUT.sheetName)!;
	ws.getCell(TEMPLATE_LAYOUT.unitCell).value = filing.unit;
	ws.getCell(TEMPLATE_LAYOUT.yearCell).value = filing.year;
	ws.getCell(TEMPLATE_LAYOUT.contactCell).value = '张三';
	ws.getCell(TEMPLATE_LAYOUT.phoneCell).value = '0934-1234567';
	ws.getCell(TEMPLATE_LAYOUT.dateCell).value = filing.date;
	ws.eachRow((row, n) => {
		if (n < TEMPLATE_LAYOUT.firstRow) return;
		const v = values.get(`E${n}`);
		if (v !== undefined) row.getCell(5).value = v;
	});
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('collection template', () => {
	for (const { kind, year } of KINDS) {
		test(`${kind}: every value of a filled copy lands on its metric`, async () => {
			const bytes = await buildTemplate({ kind, year });
			const rows = templateRows({ kind, year });
			expect(rows.length).toBe(templateMetrics(kind).length);
			// Each metric asked once; the form's texts asked too.
			expect(new Set(rows.map((r) => r.metric.id)).size).toBe(rows.length);
			expect(rows.some((r) => r.metric.family === 'T')).toBe(true);
			if (kind === 'all') expect(rows.length).toBe(METRICS.length);

			const r = rng(year);
			const values = new Map<string, number | string>();
			const answer = (family: string) => (family === 'F' ? (r() < 0.5 ? '是' : '否') : family === 'T' ? `一是开展专题学习${Math.floor(r() * 9) + 1}次；二是建立台账。` : Math.floor(r() * 5000));
			for (const row of rows) values.set(row.valueCell, answer(row.metric.family));
			const filled = await fill(bytes, values, { unit: '正宁县山河镇人民政府', year, date: new Date(Date.UTC(year, 5, 24)) });
			const result = processFile({ name: `山河镇-${kind}.xlsx`, bytes: filled });
			expect(result.error).toBeNull();
			expect(result.sheets[0].shape).toBe('long');
			const byCell = new Map(result.facts.map((f) => [f.cell, f]));
			const wrong: string[] = [];
			for (const row of rows) {
				const f = byCell.get(row.valueCell);
				const written = values.get(row.valueCell);
				const want = row.metric.family === 'T' ? { value: null, text: written } : { value: written === '是' ? 1 : written === '否' ? 0 : written, text: null };
				if (!f || f.status !== 'ok' || f.metricId !== row.metric.id || f.value !== want.value || f.text !== want.text)
					wrong.push(`${row.valueCell} ${row.metric.id} → ${f ? `${f.metricId} ${f.status} ${f.value}` : 'no fact'}`);
			}
			expect(wrong).toEqual([]);
			expect(result.facts).toHaveLength(rows.length);
			for (const f of result.facts) {
				expect(f).toMatchObject({ unit: '正宁县山河镇人民政府', region: '正宁县', year, filedOn: `${year}-06-24` });
			}
			expect(result.problems.filter((p) => p.level !== 'info')).toEqual([]);
		});
	}

	test('the blank template: title, filing lines, validations on every input cell', async () => {
		const bytes = await buildTemplate({ kind: '2021', year: 2021 });
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(bytes as unknown as ArrayBuffer);
		const ws = wb.getWorksheet(TEMPLATE_LAYOUT.sheetName)!;
		expect(ws.getCell('A1').value).toBe(templateTitle({ kind: '2021', year: 2021 }));
		expect(ws.getCell('A1').value).toBe('2021年“安全生产月”活动进展情况统计表');
		expect(ws.getCell('A2').value).toBe('填报单位（盖章）：');
		expect(ws.getCell('A3').value).toBe('联系人：');
		expect(ws.getCell('D3').value).toBe('电话：');
		expect(ws.getCell('A4').value).toBe('填报日期：');
		expect(ws.getCell(TEMPLATE_LAYOUT.yearCell).value).toBe(2021);
		expect(ws.getCell(TEMPLATE_LAYOUT.yearCell).dataValidation).toMatchObject({ type: 'whole', operator: 'between' });
		expect(ws.getCell(TEMPLATE_LAYOUT.dateCell).dataValidation).toMatchObject({ type: 'date' });
		expect(ws.getRow(TEMPLATE_LAYOUT.headerRow).values).toEqual([undefined, '序号', '活动', '指标', '计量单位', '数值']);
		for (const row of templateRows({ kind: '2021', year: 2021 })) {
			const dv = ws.getCell(row.valueCell).dataValidation;
			if (row.metric.family === 'F') expect(dv).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
			else if (row.metric.family === 'T') expect(dv).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', formulae: [200] });
			else expect(dv).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
			expect(ws.getCell(row.valueCell).value).toBeNull();
		}
		// A blank template imports to no facts at all (blank stays blank, never 0).
		const blank = processFile({ name: 'blank.xlsx', bytes });
		expect(blank.facts).toEqual([]);
	});
});
