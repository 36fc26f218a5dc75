/**
 * Gaps the readers had: a year and date in Chinese numerals, one form per
 * sheet named by its unit, a transposed table's split corner cell, and a
 * region written once over its block in a wide table.
 */
import { describe, expect, it } from 'vitest';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import type { Fact, FileResult } from '../../src/lib/facts/fact';
import { isMonthDay, parseFiledOn, yearFromText } from '../../src/lib/facts/year';
import { unitFromSheetName } from '../../src/lib/shapes/form/index';
import { gridWorkbook, type Grid, type GridValue } from '../fixtures/variants';

const CONSULT = '开展安全宣传咨询活动（ ）场，参与（ ）人次';
const TITLE_2021 = '2021年“安全生产月”活动进展情况统计表';

/** A one-row form: title and 填报单位 line merged over the table, then 活动项目 | 内容要求 | 进展情况. */
function form(sheetName: string, title: string, header: string, progress: string): Grid {
	return {
		sheetName,
		rows: [[title], [header], ['活动项目', '内容要求', '进展情况'], ['安全宣传咨询日', CONSULT, progress]],
		merges: [
			[0, 0, 0, 2],
			[1, 0, 1, 2]
		]
	};
}

async function read(name: string, ...grids: Grid[]): Promise<FileResult> {
	const r = processFile({ name, bytes: await gridWorkbook(grids) });
	expect(r.error).toBeNull();
	return r;
}

const facts = (fs: Fact[]) => fs.map((f) => ({ sheet: f.sheet, cell: f.cell, unit: f.unit, region: f.region, year: f.year, filedOn: f.filedOn, metricId: f.metricId, value: f.value, status: f.status }));

describe('a year and a date in Chinese numerals', () => {
	it('yearFromText reads 二〇二一年 and 二零二零年 digit by digit', () => {
		expect(yearFromText('二〇二一年“安全生产月”活动进展情况统计表')).toBe(2021);
		expect(yearFromText('二零二零年安全生产月统计表')).toBe(2020);
		expect(yearFromText('填报日期：二〇二一年六月二十四日')).toBe(2021);
		// Not a year: a counted 二十一年, a numeral run longer than a year, no 年 at all.
		expect(yearFromText('连续二十一年无事故')).toBeNull();
		expect(yearFromText('编号一二〇二一年')).toBeNull();
		expect(yearFromText('二〇二一')).toBeNull();
	});

	it('parseFiledOn reads the year, month and day in Chinese numerals', () => {
		expect(parseFiledOn('二〇二一年六月二十四日')).toBe('2021-06-24');
		expect(parseFiledOn('二零二零年十二月三十一日')).toBe('2020-12-31');
		expect(parseFiledOn('二〇二一年六月八号')).toBe('2021-06-08');
		expect(parseFiledOn('2021年六月二十四日')).toBe('2021-06-24');
		// Without a year: only with the form's year.
		expect(parseFiledOn('六月二十四日')).toBeNull();
		expect(parseFiledOn('六月二十四日', 2021)).toBe('2021-06-24');
		expect(isMonthDay('六月八日')).toBe(true);
		expect(isMonthDay('二〇二一年六月八日')).toBe(false);
		// A day past the month's range stays unread.
		expect(parseFiledOn('二〇二一年十三月一日')).toBeNull();
	});

	it('a form titled 二〇二一年… and dated 二〇二一年六月二十四日 is of 2021, filed 2021-06-24', async () => {
		const r = await read(
			'统计表.xlsx',
			form('Sheet1', '二〇二一年“安全生产月”活动进展情况统计表', '填报单位（盖章）：正宁县山河镇人民政府    填报日期：二〇二一年六月二十四日', '开展安全宣传咨询活动（3）场，参与（120）人次')
		);
		const at = { sheet: 'Sheet1', cell: 'C4', unit: '正宁县山河镇人民政府', region: '正宁县', year: 2021, filedOn: '2021-06-24', status: 'ok' };
		expect(facts(r.facts)).toEqual([
			{ ...at, metricId: 'consult.events', value: 3 },
			{ ...at, metricId: 'consult.participants', value: 120 }
		]);
		expect(r.problems.map((p) => p.code)).not.toContain('year.unknown');
	});

	it('of two filings dated in Chinese numerals, the later wins', async () => {
		const filing = (date: string, n: number) =>
			read(`山河镇（${n}）.xlsx`, form('Sheet1', '二〇二一年“安全生产月”活动进展情况统计表', `填报单位（盖章）：正宁县山河镇人民政府    填报日期：${date}`, `开展安全宣传咨询活动（${n}）场，参与（${n * 10}）人次`));
		const resolved = resolveFilings([await filing('二〇二一年六月二十四日', 5), await filing('二〇二一年六月八日', 1)]);
		expect(resolved.map((f) => [f.filedOn, f.metricId, f.value, f.status])).toEqual([
			['2021-06-24', 'consult.events', 5, 'ok'],
			['2021-06-24', 'consult.participants', 50, 'ok'],
			['2021-06-08', 'consult.events', 1, 'superseded'],
			['2021-06-08', 'consult.participants', 10, 'superseded']
		]);
	});
});

describe('one form per sheet, 填报单位 blank: the sheet names the unit', () => {
	const blankUnit = (sheetName: string, n: number) =>
		form(sheetName, TITLE_2021, '填报单位（盖章）：        填报日期：2021年6月24日', `开展安全宣传咨询活动（${n}）场，参与（${n * 10}）人次`);

	it('sheets 山河镇 and 榆林子镇 are two units in the file name’s region, neither superseded', async () => {
		const r = await read('正宁县安全生产月统计表.xlsx', blankUnit('山河镇', 1), blankUnit('榆林子镇', 5));
		const at = (sheet: string) => ({ sheet, cell: 'C4', unit: sheet, region: '正宁县', year: 2021, filedOn: '2021-06-24', status: 'ok' });
		expect(facts(resolveFilings([r]))).toEqual([
			{ ...at('山河镇'), metricId: 'consult.events', value: 1 },
			{ ...at('山河镇'), metricId: 'consult.participants', value: 10 },
			{ ...at('榆林子镇'), metricId: 'consult.events', value: 5 },
			{ ...at('榆林子镇'), metricId: 'consult.participants', value: 50 }
		]);
		expect(r.filings.map((f) => [f.unit, f.region])).toEqual([
			['山河镇', '正宁县'],
			['榆林子镇', '正宁县']
		]);
		const noUnit = r.problems.filter((p) => p.code === 'form.no-unit');
		expect(noUnit.map((p) => p.zh)).toEqual(['表中没有填写“填报单位”，单位名称取自工作表名：山河镇。', '表中没有填写“填报单位”，单位名称取自工作表名：榆林子镇。']);
	});

	it('sheets named Sheet1 / 附件3 / a date name no unit: the file name does', async () => {
		const r = await read('附件2-山河镇安全生产月统计表.xlsx', blankUnit('6月8日', 1), blankUnit('附件3', 5));
		expect(r.filings.map((f) => [f.sheet, f.unit])).toEqual([
			['6月8日', '山河镇'],
			['附件3', '山河镇']
		]);
		expect(r.problems.filter((p) => p.code === 'form.no-unit').map((p) => p.en)).toEqual([
			'The form names no 填报单位; the unit was taken from the file name: 山河镇.',
			'The form names no 填报单位; the unit was taken from the file name: 山河镇.'
		]);
	});

	it('tabs naming the issuing office twice (城管局统计表（6月8日）/（6月24日）) are two filings of the file’s unit', async () => {
		const r = await read('正宁县山河镇人民政府.xlsx', blankUnit('城管局统计表（6月8日）', 1), blankUnit('城管局统计表（6月24日）', 5));
		expect(r.filings.map((f) => f.unit)).toEqual(['正宁县山河镇人民政府', '正宁县山河镇人民政府']);
	});

	it('a workbook of one form only: the file name names the unit, whatever its tab says', async () => {
		const r = await read('附件2-五顷塬乡统计表.xlsx', blankUnit('正宁县', 3));
		expect(r.filings.map((f) => [f.sheet, f.unit])).toEqual([['正宁县', '五顷塬乡']]);
	});

	it('a 填报单位 that is filled in wins over the sheet name', async () => {
		const r = await read('统计表.xlsx', form('榆林子镇', TITLE_2021, '填报单位（盖章）：正宁县山河镇人民政府    填报日期：2021年6月24日', '开展安全宣传咨询活动（2）场，参与（20）人次'));
		expect(r.facts.map((f) => [f.unit, f.region, f.metricId, f.value])).toEqual([
			['正宁县山河镇人民政府', '正宁县', 'consult.events', 2],
			['正宁县山河镇人民政府', '正宁县', 'consult.participants', 20]
		]);
	});

	it('unitFromSheetName: a unit or place name, else nothing', () => {
		expect(unitFromSheetName('山河镇')).toBe('山河镇');
		expect(unitFromSheetName('榆林子镇（6月24日）')).toBe('榆林子镇');
		expect(unitFromSheetName('西峰区应急管理局')).toBe('西峰区应急管理局');
		for (const name of ['Sheet1', '附件3', '6月24日', '2021年', '统计表', '汇总', '全市汇总', '乡镇', '填表说明', '封面']) expect(unitFromSheetName(name), name).toBe('');
	});
});

describe('a transposed table whose corner cell names both metrics and units', () => {
	const transposed = (corner: string): Grid => ({
		sheetName: '2023',
		rows: [['2023年安全生产月活动统计汇总表'], [corner, '柔远镇', '悦乐镇'], ['开展安全宣传咨询活动（场）', 3, 1], ['应急演练（场）', 2, 5]]
	});
	const at = (cell: string, unit: string, metricId: string, value: number) => ({ sheet: '2023', cell, unit, region: '', year: 2023, filedOn: null, metricId, value, status: 'ok' });

	for (const corner of ['项目＼乡镇', '指标\\单位', '乡镇\n指标', '指标/县区'])
		it(`corner ${JSON.stringify(corner)}`, async () => {
			const r = await read('汇总.xlsx', transposed(corner));
			expect(r.sheets.map((s) => s.shape)).toEqual(['wide']);
			expect(facts(r.facts)).toEqual([
				at('B3', '柔远镇', 'consult.events', 3),
				at('B4', '柔远镇', 'drills.events', 2),
				at('C3', '悦乐镇', 'consult.events', 1),
				at('C4', '悦乐镇', 'drills.events', 5)
			]);
			expect(r.ledger.find((e) => e.cell === 'A2')).toMatchObject({ disposition: 'ignored', reason: 'header' });
		});
});

describe('a wide table with each region written once over its block, unmerged', () => {
	const HEADER: GridValue[] = ['序号', '县区', '乡镇', '安全宣传咨询活动（场）', '应急演练（场）'];
	const grid = (rows: GridValue[][]): Grid => ({ sheetName: '汇总', rows: [['2023年安全生产月活动统计汇总表'], HEADER, ...rows] });
	const at = (cell: string, unit: string, region: string, metricId: string, value: number) => ({ sheet: '汇总', cell, unit, region, year: 2023, filedOn: null, metricId, value, status: 'ok' });

	it('the blank region cells below hold the region written above', async () => {
		const r = await read('汇总.xlsx', grid([[1, '华池县', '柔远镇', 3, 2], [2, null, '悦乐镇', 1, 1], [3, '合水县', '西华池镇', 7, 4], [4, null, '太白镇', 2, 2]]));
		expect(facts(r.facts)).toEqual([
			at('D3', '柔远镇', '华池县', 'consult.events', 3),
			at('E3', '柔远镇', '华池县', 'drills.events', 2),
			at('D4', '悦乐镇', '华池县', 'consult.events', 1),
			at('E4', '悦乐镇', '华池县', 'drills.events', 1),
			at('D5', '西华池镇', '合水县', 'consult.events', 7),
			at('E5', '西华池镇', '合水县', 'drills.events', 4),
			at('D6', '太白镇', '合水县', 'consult.events', 2),
			at('E6', '太白镇', '合水县', 'drills.events', 2)
		]);
		expect(r.filings.map((f) => [f.unit, f.region])).toEqual([
			['柔远镇', '华池县'],
			['悦乐镇', '华池县'],
			['西华池镇', '合水县'],
			['太白镇', '合水县']
		]);
	});

	it('a total row ends the block: a blank region cell after it holds no region', async () => {
		const r = await read('汇总.xlsx', grid([[1, '华池县', '柔远镇', 3, 2], [2, null, '悦乐镇', 1, 1], [null, null, '小计', 4, 3], [3, null, '西华池镇', 7, 4]]));
		expect(facts(r.facts)).toEqual([
			at('D3', '柔远镇', '华池县', 'consult.events', 3),
			at('E3', '柔远镇', '华池县', 'drills.events', 2),
			at('D4', '悦乐镇', '华池县', 'consult.events', 1),
			at('E4', '悦乐镇', '华池县', 'drills.events', 1),
			at('D6', '西华池镇', '', 'consult.events', 7),
			at('E6', '西华池镇', '', 'drills.events', 4)
		]);
		expect(r.problems.map((p) => p.code)).not.toContain('total.mismatch');
	});
});
