import { describe, expect, it } from 'vitest';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import type { FileResult } from '../../src/lib/facts/fact';
import { filedTwice, gbkCsv, HEADER3, sheet, UNMERGED_GROUPS, xlsOf, xlsxOf } from '../fixtures/wide-quirks';

const facts = (r: FileResult) => r.facts.map((f) => ({ cell: f.cell, unit: f.unit, region: f.region, metricId: f.metricId, value: f.value, status: f.status }));
const problems = (r: FileResult) => r.problems.map((p) => `${p.code} ${p.cell ?? ''}`.trim());
/** Ledger entries of the given cells, as `A1 disposition reason`. */
const ledger = (r: FileResult, cells: string[]) =>
	cells.map((cell) => {
		const e = r.ledger.find((x) => x.cell === cell);
		return e ? `${cell} ${e.disposition} ${e.reason ?? ''}`.trim() : `${cell} missing`;
	});
const fact = (cell: string, unit: string, region: string, metricId: string | null, value: number) => ({ cell, unit, region, metricId, value, status: metricId ? 'ok' : 'unmapped' });

/** 悦乐镇 and 西华池镇 of HEADER3 tables, one row down per extra header row. */
function twoUnits(first: number) {
	return [
		fact(`D${first}`, '悦乐镇', '华池县', 'consult.events', 1),
		fact(`E${first}`, '悦乐镇', '华池县', 'consult.participants', 150),
		fact(`F${first}`, '悦乐镇', '华池县', 'drills.events', 2),
		fact(`D${first + 1}`, '西华池镇', '合水县', 'consult.events', 7),
		fact(`E${first + 1}`, '西华池镇', '合水县', 'consult.participants', 2100),
		fact(`F${first + 1}`, '西华池镇', '合水县', 'drills.events', 4)
	];
}

async function read(name: string, bytes: Uint8Array | Promise<Uint8Array>) {
	const r = processFile({ name, bytes: await bytes });
	expect(r.error).toBeNull();
	return r;
}

describe('wide tables: a first unit that reported nothing', () => {
	it('a blank first unit row is the body, not a header row', async () => {
		const r = await read('2023年汇总.xlsx', xlsxOf(sheet([HEADER3, [1, '华池县', '柔远镇', null, null, null], [2, '华池县', '悦乐镇', 1, 150, 2], [3, '合水县', '西华池镇', 7, 2100, 4]])));
		expect(r.sheets[0].shape).toBe('wide');
		expect(facts(r)).toEqual(twoUnits(4));
		expect(r.filings.map((f) => f.unit)).toEqual(['柔远镇', '悦乐镇', '西华池镇']);
		expect(ledger(r, ['A3', 'B3', 'C3', 'F2'])).toEqual(['A3 ignored row-number', 'B3 ignored region-name', 'C3 ignored unit-name', 'F2 ignored header']);
		expect(problems(r)).toEqual([]);
	});

	it('a first unit row of dashes only: its —, / are empty slots', async () => {
		const r = await read('2023年汇总.xlsx', xlsxOf(sheet([HEADER3, [1, '华池县', '柔远镇', '—', '—', '/'], [2, '华池县', '悦乐镇', 1, 150, 2], [3, '合水县', '西华池镇', 7, 2100, 4]])));
		expect(facts(r)).toEqual(twoUnits(4));
		expect(ledger(r, ['C3', 'D3', 'E3', 'F3'])).toEqual(['C3 ignored unit-name', 'D3 ignored empty-slots', 'E3 ignored empty-slots', 'F3 ignored empty-slots']);
		expect(problems(r)).toEqual([]);
	});

	it('without a 序号 column', async () => {
		const r = await read('2023年汇总.xlsx', xlsxOf(sheet([HEADER3.slice(1), ['华池县', '柔远镇', null, null, null], ['华池县', '悦乐镇', 1, 150, 2]])));
		expect(facts(r)).toEqual([fact('C4', '悦乐镇', '华池县', 'consult.events', 1), fact('D4', '悦乐镇', '华池县', 'consult.participants', 150), fact('E4', '悦乐镇', '华池县', 'drills.events', 2)]);
		expect(r.filings.map((f) => f.unit)).toEqual(['柔远镇', '悦乐镇']);
	});
});

describe('wide tables: a 栏次 row under the header', () => {
	const rows = [HEADER3, ['甲', '乙', '丙', 1, 2, 3], [1, '华池县', '悦乐镇', 1, 150, 2], [2, '合水县', '西华池镇', 7, 2100, 4]];

	it('甲|乙|丙|1|2|3 is part of the header, no unit 丙 (.xlsx)', async () => {
		const r = await read('2023年汇总.xlsx', xlsxOf(sheet(rows)));
		expect(facts(r)).toEqual(twoUnits(4));
		expect(ledger(r, ['A3', 'C3', 'D3', 'F3'])).toEqual(['A3 ignored header', 'C3 ignored header', 'D3 ignored header', 'F3 ignored header']);
		expect(r.facts.find((f) => f.metricId === 'consult.events')!.label).toBe('安全宣传咨询活动（场）');
		expect(problems(r)).toEqual([]);
	});

	it('栏次|1|2|…|5 in a legacy .xls', async () => {
		const r = await read('2023年汇总.xls', xlsOf(sheet([HEADER3, ['栏次', null, null, 1, 2, 3], ...rows.slice(2)])));
		expect(facts(r)).toEqual(twoUnits(4));
		expect(ledger(r, ['A3', 'D3'])).toEqual(['A3 ignored header', 'D3 ignored header']);
	});
});

describe('wide tables: 其中 rows', () => {
	it('其中：企业 under a unit is no unit: kept visible as a breakdown row, not summed into 合计', async () => {
		const header = ['序号', '县区', '单位', '安全宣传咨询活动（场）', '安全宣传咨询参与（人次）'];
		const r = await read('2023年汇总.xlsx', xlsxOf(sheet([header, [1, '华池县', '华池县应急局', 3, 420], [null, null, '其中：企业', 1, 120], [2, '合水县', '合水县应急局', 7, 2100], ['合计', null, null, 10, 2520]])));
		expect(facts(r)).toEqual([
			fact('D3', '华池县应急局', '华池县', 'consult.events', 3),
			fact('E3', '华池县应急局', '华池县', 'consult.participants', 420),
			fact('D5', '合水县应急局', '合水县', 'consult.events', 7),
			fact('E5', '合水县应急局', '合水县', 'consult.participants', 2100)
		]);
		expect(ledger(r, ['C4', 'D4', 'E4', 'A6'])).toEqual(['C4 ignored breakdown-row', 'D4 ignored breakdown-row', 'E4 ignored breakdown-row', 'A6 ignored total-row']);
		expect(r.filings.map((f) => f.unit)).toEqual(['华池县应急局', '合水县应急局']);
		expect(problems(r)).toEqual([]);
	});
});

describe('wide tables: total labels', () => {
	const table = (label: string, sum = 4) => sheet([['序号', '县区', '乡镇', '开展安全宣传咨询活动（场）'], [1, '环县', '环城镇', 3], [2, '环县', '曲子镇', 1], [null, null, label, sum]], [], '2021年安全生产月活动汇总表');
	const units = [fact('D3', '环城镇', '环县', 'consult.events', 3), fact('D4', '曲子镇', '环县', 'consult.events', 1)];

	for (const [label, reason] of [
		['全县', 'total-row'],
		['全市', 'total-row'],
		['汇总', 'total-row'],
		['总数', 'total-row'],
		['累计', 'total-row'],
		['合计：', 'total-row'],
		['合计(全县)', 'total-row'],
		['全县总计', 'total-row'],
		['合 计', 'total-row'],
		['小计（环县）', 'subtotal-row'],
		['环县 小计', 'subtotal-row'],
		['县直小计', 'subtotal-row']
	])
		it(`${label} is a ${reason}, never a unit`, async () => {
			const r = await read('t.xlsx', xlsxOf(table(label)));
			expect(facts(r)).toEqual(units);
			expect(ledger(r, ['C5', 'D5'])).toEqual([`C5 ignored ${reason}`, `D5 ignored ${reason}`]);
			expect(r.filings.map((f) => f.unit)).toEqual(['环城镇', '曲子镇']);
			expect(problems(r)).toEqual([]);
		});

	it('a wrong 合计： is checked like 合计', async () => {
		const r = await read('t.xlsx', xlsxOf(table('合计：', 5)));
		expect(facts(r)).toEqual(units);
		expect(problems(r)).toEqual(['total.mismatch D5']);
		expect(r.problems[0].zh).toBe('合计行 D5（开展安全宣传咨询活动（场））为 5，但所列单位之和为 4。');
	});

	it('全县 in the region cell beside a unit name is that unit\'s region, not a total', async () => {
		const r = await read('t.xlsx', xlsxOf(sheet([['序号', '县区', '单位', '开展安全宣传咨询活动（场）'], [1, '全县', '县应急管理局', 3], [2, '环县', '环城镇', 1], [null, '全县', null, 4]])));
		expect(facts(r)).toEqual([fact('D3', '县应急管理局', '全县', 'consult.events', 3), fact('D4', '环城镇', '环县', 'consult.events', 1)]);
		expect(ledger(r, ['B5', 'D5'])).toEqual(['B5 ignored total-row', 'D5 ignored total-row']);
		expect(problems(r)).toEqual([]);
	});

	it('全县应急管理局 is a unit', async () => {
		const r = await read('t.xlsx', xlsxOf(sheet([['序号', '单位', '开展安全宣传咨询活动（场）'], [1, '全县应急管理局', 3], [2, '全县', 3]])));
		expect(facts(r)).toEqual([fact('C3', '全县应急管理局', '', 'consult.events', 3)]);
		expect(ledger(r, ['B4', 'C4'])).toEqual(['B4 ignored total-row', 'C4 ignored total-row']);
	});
});

describe('wide tables: checking 小计/合计 against their own rows', () => {
	const header = ['序号', '县区', '乡镇', '开展安全宣传咨询活动（场）', '应急演练（场）'];

	it('a correct 合计 at the top of the table gives no warning', async () => {
		const r = await read('t.xlsx', xlsxOf(sheet([header, ['合计', null, null, 10, 6], [1, '华池县', '柔远镇', 3, 2], [2, '合水县', '西华池镇', 7, 4]], [[2, 0, 2, 2]])));
		expect(facts(r)).toEqual([
			fact('D4', '柔远镇', '华池县', 'consult.events', 3),
			fact('E4', '柔远镇', '华池县', 'drills.events', 2),
			fact('D5', '西华池镇', '合水县', 'consult.events', 7),
			fact('E5', '西华池镇', '合水县', 'drills.events', 4)
		]);
		expect(ledger(r, ['A3', 'D3', 'E3'])).toEqual(['A3 ignored total-row', 'D3 ignored total-row', 'E3 ignored total-row']);
		expect(problems(r)).toEqual([]);
	});

	it('a wrong 合计 at the top is compared with all units', async () => {
		const r = await read('t.xlsx', xlsxOf(sheet([header, ['合计', null, null, 11, 6], [1, '华池县', '柔远镇', 3, 2], [2, '合水县', '西华池镇', 7, 4]], [[2, 0, 2, 2]])));
		expect(problems(r)).toEqual(['total.mismatch D3']);
		expect(r.problems[0].zh).toBe('合计行 D3（开展安全宣传咨询活动（场））为 11，但所列单位之和为 10。');
	});

	const perCounty = (huanxian: number) =>
		sheet([header, [1, '环县', '环城镇', 3, 2], [2, '环县', '曲子镇', 1, 1], [null, '环县合计', null, huanxian, 3], [3, '镇原县', '城关镇', 7, 4], [null, '镇原县合计', null, 7, 4], ['总计', null, null, 11, 7]], [], '2021年安全生产月活动汇总表');

	it('per-county 环县合计 / 镇原县合计 are compared with their county, 总计 with all units', async () => {
		const r = await read('t.xlsx', xlsxOf(perCounty(4)));
		expect(facts(r).map((f) => `${f.cell} ${f.unit} ${f.region} ${f.value}`)).toEqual(['D3 环城镇 环县 3', 'E3 环城镇 环县 2', 'D4 曲子镇 环县 1', 'E4 曲子镇 环县 1', 'D6 城关镇 镇原县 7', 'E6 城关镇 镇原县 4']);
		expect(ledger(r, ['B5', 'B7', 'A8'])).toEqual(['B5 ignored total-row', 'B7 ignored total-row', 'A8 ignored total-row']);
		expect(problems(r)).toEqual([]);
	});

	it('a wrong county total is named, the others stay quiet', async () => {
		const r = await read('t.xlsx', xlsxOf(perCounty(5)));
		expect(problems(r)).toEqual(['total.mismatch D5']);
		expect(r.problems[0].zh).toBe('合计行 D5（开展安全宣传咨询活动（场））为 5，但所列单位之和为 4。');
	});

	it('县名小计 rows under a region written once (no merge) are compared with the whole block', async () => {
		const rows = [header, [1, '环县', '环城镇', 3, 2], [2, null, '曲子镇', 1, 1], [null, null, '环县小计', 4, 3], [3, '镇原县', '城关镇', 7, 4], [4, null, '太平镇', 2, 2], [null, null, '镇原县小计', 9, 7], ['合计', null, null, 13, 9]];
		const r = await read('t.xlsx', xlsxOf(sheet(rows, [[8, 0, 8, 2]])));
		expect(facts(r).map((f) => `${f.cell} ${f.unit} ${f.value}`)).toEqual(['D3 环城镇 3', 'E3 环城镇 2', 'D4 曲子镇 1', 'E4 曲子镇 1', 'D6 城关镇 7', 'E6 城关镇 4', 'D7 太平镇 2', 'E7 太平镇 2']);
		expect(ledger(r, ['C5', 'C8', 'A9'])).toEqual(['C5 ignored subtotal-row', 'C8 ignored subtotal-row', 'A9 ignored total-row']);
		// 镇原县小计 says 7 for 4 + 2 = 6.
		expect(problems(r)).toEqual(['total.mismatch E8']);
	});

	it('a 小计 above its block, with the region merged down the block, is compared with that region', async () => {
		const rows = [
			header,
			[null, '华池县', '小计', 4, 3],
			[1, '华池县', '柔远镇', 3, 2],
			[2, '华池县', '悦乐镇', 1, 1],
			[null, '合水县', '小计', 7, 5],
			[3, '合水县', '西华池镇', 7, 4],
			['合计', null, null, 11, 8]
		];
		const r = await read('t.xlsx', xlsxOf(sheet(rows, [[2, 1, 4, 1], [5, 1, 6, 1]])));
		expect(facts(r).map((f) => `${f.cell} ${f.unit} ${f.region} ${f.value}`)).toEqual(['D4 柔远镇 华池县 3', 'E4 柔远镇 华池县 2', 'D5 悦乐镇 华池县 1', 'E5 悦乐镇 华池县 1', 'D7 西华池镇 合水县 7', 'E7 西华池镇 合水县 4']);
		// 合水县's 应急演练 小计 says 5 for 4; the 合计 says 8 for 7.
		expect(problems(r)).toEqual(['total.mismatch E6', 'total.mismatch E8']);
	});
});

describe('wide tables: region columns', () => {
	for (const regionHeader of ['所属乡镇', '所属乡镇（街道）', '所属街道', '乡镇（街道）'])
		it(`${regionHeader} beside 单位名称 is the region, 单位名称 the unit`, async () => {
			const r = await read('t.xlsx', xlsxOf(sheet([['序号', regionHeader, '单位名称', '安全宣传咨询活动（场）', '应急演练（场）'], [1, '柔远镇', '城关社区', 3, 2], [2, '柔远镇', '东华池村', 1, 4]])));
			expect(facts(r)).toEqual([
				fact('D3', '城关社区', '柔远镇', 'consult.events', 3),
				fact('E3', '城关社区', '柔远镇', 'drills.events', 2),
				fact('D4', '东华池村', '柔远镇', 'consult.events', 1),
				fact('E4', '东华池村', '柔远镇', 'drills.events', 4)
			]);
			expect(ledger(r, ['B3', 'C3'])).toEqual(['B3 ignored region-name', 'C3 ignored unit-name']);
			expect(problems(r)).toEqual([]);
		});

	it('县区 | 乡镇 | 填报单位: the unit is the 填报单位, the region the 县区, the 乡镇 kept as a region column', async () => {
		const r = await read('t.xlsx', xlsxOf(sheet([['序号', '县区', '乡镇', '填报单位', '应急演练（场）'], [1, '华池县', '柔远镇', '城关社区', 2]])));
		expect(facts(r)).toEqual([fact('E3', '城关社区', '华池县', 'drills.events', 2)]);
		expect(ledger(r, ['B3', 'C3', 'D3'])).toEqual(['B3 ignored region-name', 'C3 ignored region', 'D3 ignored unit-name']);
	});
});

describe('wide tables: group headers written once without a merge', () => {
	const expected = [
		fact('D4', '环城镇', '环县', 'consult.events', 3),
		fact('E4', '环城镇', '环县', 'consult.participants', 420),
		fact('F4', '环城镇', '环县', 'drills.events', 2),
		fact('G4', '环城镇', '环县', 'drills.participants', 180),
		fact('D5', '曲子镇', '环县', 'consult.events', 1),
		fact('E5', '曲子镇', '环县', 'consult.participants', 150),
		fact('F5', '曲子镇', '环县', 'drills.events', 1),
		fact('G5', '曲子镇', '环县', 'drills.participants', 60)
	];
	const labels = ['安全宣传咨询日|场次', '安全宣传咨询日|参与人次', '应急演练|场次', '应急演练|参与人次'];

	it('in an .xlsx: the group is carried over the empty cells above its sub-headers', async () => {
		const r = await read('t.xlsx', xlsxOf({ sheetName: '汇总', rows: UNMERGED_GROUPS }));
		expect(facts(r)).toEqual(expected);
		expect(r.facts.slice(0, 4).map((f) => f.label)).toEqual(labels);
		expect(ledger(r, ['H5'])).toEqual(['H5 text note']);
		expect(problems(r)).toEqual([]);
	});

	it('in a GBK CSV, which cannot hold merges', async () => {
		const r = await read('汇总.csv', gbkCsv(UNMERGED_GROUPS));
		expect(facts(r)).toEqual(expected);
		expect(r.facts.slice(0, 4).map((f) => f.label)).toEqual(labels);
	});

	it('a merged group ends where its merge ends', async () => {
		const rows = [['2021年汇总表'], ['序号', '县区', '乡镇', '安全宣传咨询日', null, null], [null, null, null, '场次', '参与人次', '发放宣传资料（份）'], [1, '环县', '环城镇', 3, 420, 900]];
		const r = await read('t.xlsx', xlsxOf({ sheetName: '汇总', rows, merges: [[1, 3, 1, 4]] }));
		expect(r.facts.map((f) => `${f.cell} ${f.label} ${f.metricId ?? '-'} ${f.value}`)).toEqual(['D4 安全宣传咨询日|场次 consult.events 3', 'E4 安全宣传咨询日|参与人次 consult.participants 420', 'F4 发放宣传资料（份） - 900']);
	});
});

describe('wide tables: the filing line above the header', () => {
	it('a 填报日期 above the header dates the table: the later of two filings wins, whichever is read first', async () => {
		const final = await read('汇总（6月24日）.xlsx', xlsxOf(filedTwice('2023年6月24日', 9)));
		const interim = await read('汇总（6月8日）.xlsx', xlsxOf(filedTwice('2023年6月8日', 2)));
		expect(final.filings.map((f) => `${f.unit} ${f.filedOn}`)).toEqual(['柔远镇 2023-06-24', '悦乐镇 2023-06-24']);
		expect(ledger(final, ['A2'])).toEqual(['A2 ignored filing-info']);
		const resolved = resolveFilings([final, interim]);
		expect(resolved.map((f) => `${f.file} ${f.cell} ${f.unit} ${f.value} ${f.status}`)).toEqual([
			'汇总（6月24日）.xlsx C4 柔远镇 9 ok',
			'汇总（6月24日）.xlsx D4 柔远镇 9 ok',
			'汇总（6月24日）.xlsx C5 悦乐镇 9 ok',
			'汇总（6月24日）.xlsx D5 悦乐镇 9 ok',
			'汇总（6月8日）.xlsx C4 柔远镇 2 superseded',
			'汇总（6月8日）.xlsx D4 柔远镇 2 superseded',
			'汇总（6月8日）.xlsx C5 悦乐镇 2 superseded',
			'汇总（6月8日）.xlsx D5 悦乐镇 2 superseded'
		]);
	});

	for (const [label, dateLabel, date] of [
		['填报单位', '填报日期', '2023年6月30日'],
		['填报单位：', '填报日期：', new Date(Date.UTC(2023, 5, 30))]
	] as const)
		it(`${label} | name | ${dateLabel} | date in separate cells is no header`, async () => {
			const r = await read(
				't.xlsx',
				xlsxOf(sheet([[label, '华池县应急管理局', null, dateLabel, date], ['序号', '乡镇', '安全宣传咨询活动（场）', '安全宣传咨询参与（人次）', '应急演练（场）'], [1, '柔远镇', 3, 420, 2]]))
			);
			expect(facts(r)).toEqual([fact('C4', '柔远镇', '', 'consult.events', 3), fact('D4', '柔远镇', '', 'consult.participants', 420), fact('E4', '柔远镇', '', 'drills.events', 2)]);
			expect(r.facts.map((f) => f.label)).toEqual(['安全宣传咨询活动（场）', '安全宣传咨询参与（人次）', '应急演练（场）']);
			expect(r.facts.every((f) => f.filedOn === '2023-06-30')).toBe(true);
			expect(ledger(r, ['A2', 'B2', 'D2', 'E2', 'A3'])).toEqual(['A2 ignored filing-info', 'B2 ignored filing-info', 'D2 ignored filing-info', 'E2 ignored filing-info', 'A3 ignored header']);
		});
});

describe('wide tables: years beside the title', () => {
	it('last year’s column beside this year’s is that year’s and unmapped, never this year’s figure twice', async () => {
		const r = await read('环县汇总.xlsx', xlsxOf(sheet([['乡镇', '应急演练场次', '应急演练参与人次', '2022年应急演练参与人次'], ['环城镇', 3, 1200, 900]])));
		expect(r.facts.map((f) => [f.cell, f.year, f.metricId, f.value, f.status])).toEqual([
			['B3', 2023, 'drills.events', 3, 'ok'],
			['C3', 2023, 'drills.participants', 1200, 'ok'],
			['D3', 2022, null, 900, 'unmapped']
		]);
	});

	it('上年 / 去年同期 columns are last year’s and unmapped', async () => {
		const r = await read('环县汇总.xlsx', xlsxOf(sheet([['乡镇', '应急演练参与人次', '上年应急演练参与人次', '去年同期应急演练参与人次'], ['环城镇', 1200, 900, 800]])));
		expect(r.facts.map((f) => [f.cell, f.year, f.metricId, f.value, f.status])).toEqual([
			['B3', 2023, 'drills.participants', 1200, 'ok'],
			['C3', 2022, null, 900, 'unmapped'],
			['D3', 2022, null, 800, 'unmapped']
		]);
	});

	it.each([
		['2023年', '2022年'],
		['本年', '上年']
	])('a year written under the measure (%s | %s): this year’s column maps, last year’s is its year’s and unmapped', async (now, before) => {
		const r = await read(
			'环县汇总.xlsx',
			xlsxOf(sheet([['乡镇', '应急演练参与人次', null], [null, now, before], ['环城镇', 1200, 900]], [[1, 1, 1, 2], [1, 0, 2, 0]]))
		);
		expect(r.facts.map((f) => [f.cell, f.year, f.metricId, f.value, f.status])).toEqual([
			['B4', 2023, 'drills.participants', 1200, 'ok'],
			['C4', 2022, null, 900, 'unmapped']
		]);
	});

	it('with no year in the title, the 填报日期 above the table gives it, before the file’s name', async () => {
		const r = await read('2020年环县汇总.xlsx', xlsxOf(sheet([['填报单位：环县应急管理局    填报日期：2021年6月24日'], ['乡镇', '应急演练场次'], ['环城镇', 3]], [], '安全生产月活动汇总表')));
		expect(r.facts.map((f) => [f.cell, f.year, f.metricId, f.value])).toEqual([['B4', 2021, 'drills.events', 3]]);
		expect(r.problems.map((p) => p.code)).not.toContain('year.unknown');
	});
});

describe('wide tables: a unit’s own name before the title’s place', () => {
	it('正宁县山河镇人民政府 in a 庆阳市 table is in 正宁县; a unit naming no place takes the title’s', async () => {
		const r = await read('汇总.xlsx', xlsxOf(sheet([['单位', '应急演练（场）'], ['正宁县山河镇人民政府', 2], ['肖金镇', 3]], [], '2023年庆阳市安全生产月活动汇总表')));
		expect(r.facts.map((f) => [f.unit, f.region])).toEqual([
			['正宁县山河镇人民政府', '正宁县'],
			['肖金镇', '庆阳市']
		]);
	});
});

describe('wide tables: a 年度 column merged down over its units', () => {
	const TWO_YEARS = sheet(
		[
			['年度', '乡镇', '应急演练场次', '应急演练参与人次'],
			['2022年', '柔远镇', 3, 120],
			['', '悦乐镇', 4, 200],
			['2023年', '柔远镇', 5, 150],
			['', '悦乐镇', 6, 260]
		],
		[
			[2, 0, 3, 0],
			[4, 0, 5, 0]
		],
		'华池县安全生产月活动统计汇总表'
	);

	for (const [name, bytes] of [
		['华池县汇总.xlsx', () => xlsxOf(TWO_YEARS)],
		['华池县汇总.xls', () => xlsOf(TWO_YEARS)]
	] as const)
		it(`gives every unit under the merge its year, and a unit of two years is no repeat (${name.slice(-4)})`, async () => {
			const r = await read(name, bytes());
			expect(r.facts.map((f) => [f.cell, f.unit, f.year, f.metricId, f.value])).toEqual([
				['C3', '柔远镇', 2022, 'drills.events', 3],
				['D3', '柔远镇', 2022, 'drills.participants', 120],
				['C4', '悦乐镇', 2022, 'drills.events', 4],
				['D4', '悦乐镇', 2022, 'drills.participants', 200],
				['C5', '柔远镇', 2023, 'drills.events', 5],
				['D5', '柔远镇', 2023, 'drills.participants', 150],
				['C6', '悦乐镇', 2023, 'drills.events', 6],
				['D6', '悦乐镇', 2023, 'drills.participants', 260]
			]);
			expect(problems(r).filter((p) => p.startsWith('row.duplicate-unit') || p.startsWith('year.unknown'))).toEqual([]);
			expect(r.filings.map((f) => `${f.unit} ${f.year}`)).toEqual(['柔远镇 2022', '悦乐镇 2022', '柔远镇 2023', '悦乐镇 2023']);
		});

	it('a unit twice in one year is still a repeat', async () => {
		const r = await read('华池县汇总.xlsx', xlsxOf(sheet([['年度', '乡镇', '应急演练场次'], ['2023年', '柔远镇', 3], ['2023年', '柔远镇', 4]], [], '华池县安全生产月活动统计汇总表')));
		expect(problems(r)).toContain('row.duplicate-unit B4');
	});
});
