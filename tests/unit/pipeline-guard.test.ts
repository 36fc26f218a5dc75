/**
 * processFile never throws for a file's content: a recognizer that fails on
 * one sheet (a bug meeting an input nobody foresaw) costs that sheet, with the
 * reason, not the file's other sheets nor the rest of the batch.
 */
import { describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';

vi.mock('../../src/lib/shapes/recognize', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/lib/shapes/recognize')>();
	return {
		...real,
		recognizeSheet: (sheet: Parameters<typeof real.recognizeSheet>[0]) => {
			if (sheet.name === '坏表') throw new TypeError("Cannot read properties of undefined (reading 'col')");
			return real.recognizeSheet(sheet);
		}
	};
});

const { processFile } = await import('../../src/lib/pipeline');

async function workbook(sheets: string[]): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	for (const name of sheets) {
		const ws = wb.addWorksheet(name);
		ws.addRows([
			['年度', '地区', '单位', '活动', '指标', '数值'],
			[2021, '正宁县', '山河镇', '应急演练', '开展灾害避险逃生、自救互救演练（场）', 5]
		]);
	}
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('processFile when a recognizer throws', () => {
	it('keeps the other sheets and names the failed one (中文 / English), its cells in the ledger', async () => {
		const r = processFile({ name: '汇总.xlsx', bytes: await workbook(['坏表', '好表']) });
		expect(r.error).toBeNull();
		expect(r.facts.map((f) => [f.sheet, f.metricId, f.value])).toEqual([['好表', 'drills.events', 5]]);
		const p = r.problems.find((x) => x.code === 'sheet.failed');
		expect(p?.zh).toContain('坏表');
		expect(p?.en).toContain("reading 'col'");
		expect(r.ledger.filter((e) => e.sheet === '坏表').every((e) => e.reason === 'read-error')).toBe(true);
		expect(r.ledger.filter((e) => e.sheet === '坏表')).toHaveLength(12);
	});

	it('a file whose only sheet fails is an error with that reason, not a thrown exception', async () => {
		const r = processFile({ name: '坏.xlsx', bytes: await workbook(['坏表']) });
		expect(r.error?.code).toBe('sheet.failed');
		expect(r.error?.zh).toContain('坏表');
		expect(r.facts).toEqual([]);
		expect(r.problems.filter((x) => x.code === 'sheet.failed')).toEqual([]);
	});
});

describe('a file whose table is on a hidden sheet only', () => {
	it('says so, naming the sheet (中文 / English); read with includeHidden, it gives its facts', async () => {
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('封面').getCell('A1').value = '安全生产月统计';
		const ws = wb.addWorksheet('数据', { state: 'hidden' });
		ws.addRows([
			['年度', '地区', '单位', '活动', '指标', '数值'],
			[2021, '正宁县', '山河镇', '应急演练', '开展灾害避险逃生、自救互救演练（场）', 5]
		]);
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		const r = processFile({ name: '统计.xlsx', bytes });
		expect(r.error?.code).toBe('read.only-hidden');
		expect(r.error?.zh).toContain('“数据”');
		expect(r.error?.en).toContain('hidden sheet');
		const again = processFile({ name: '统计.xlsx', bytes }, { includeHidden: true });
		expect(again.error).toBeNull();
		expect(again.facts.map((f) => [f.metricId, f.value])).toEqual([['drills.events', 5]]);
	});
});
