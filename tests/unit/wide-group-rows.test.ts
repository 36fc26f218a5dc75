/**
 * Wide tables whose regions are written as group rows — a row of its own over each block of units
 * (`一、X县`, `（二）X区`, a 一/二 in the 序号 column, `1.X县` carrying the block's sums) — instead of
 * in a region column. The group names the region of the units under it; it is never a unit itself.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readGrid } from '../fixtures/read-grid';
import { type Grid, type GridValue } from '../fixtures/variants';

const read = readGrid;
const grid = (rows: GridValue[][], merges: Grid['merges'] = []): Grid => ({ sheetName: '汇总', rows: [['庆阳市2023年安全生产月活动统计表'], ...rows], merges });
const byUnit = (r: ReturnType<typeof processFile>) => [...new Map(r.facts.map((f) => [f.unit, f.region])).entries()];
const warnings = (r: ReturnType<typeof processFile>) => r.problems.filter((p) => p.level !== 'info').map((p) => `${p.code} ${p.cell ?? ''}`);

const HEADER = ['乡镇', '应急演练（场）', '应急演练参与（人次）', '排查隐患（处）'];

describe('regions as group rows over their blocks', () => {
	const rows: GridValue[][] = [
		HEADER,
		['一、华池县', null, null, null],
		['柔远镇', 3, 200, 12],
		['悦乐镇', 1, 80, null],
		['小计', 4, 280, 12],
		['二、合水县', null, null, null],
		['西华池镇', 2, 150, 9],
		['太白镇', 5, 400, 3],
		['小计', 7, 550, 12],
		['合计', 11, 830, 24]
	];

	for (const name of ['汇总.xlsx', '汇总.xls'])
		it(`一、X县 … 小计: each block's units get its county, not the title's city (${name.slice(-4)})`, async () => {
			const r = await read(name, grid(rows));
			expect(byUnit(r)).toEqual([
				['柔远镇', '华池县'],
				['悦乐镇', '华池县'],
				['西华池镇', '合水县'],
				['太白镇', '合水县']
			]);
			expect(r.filings.map((f) => f.unit)).toEqual(['柔远镇', '悦乐镇', '西华池镇', '太白镇']);
			expect(r.facts.map((f) => f.cell)).toEqual(['B4', 'C4', 'D4', 'B5', 'C5', 'B8', 'C8', 'D8', 'B9', 'C9', 'D9']);
			expect(r.ledger.find((e) => e.cell === 'A3')).toMatchObject({ disposition: 'ignored', reason: 'group-row' });
			expect(warnings(r)).toEqual([]);
		});

	it('（一）X区 merged across the table, units numbered 1, 2 in a 序号 column', async () => {
		const r = await read(
			'汇总.xlsx',
			grid(
				[
					['序号', ...HEADER],
					['（一）西峰区', null, null, null, null],
					[1, '肖金镇', 2, 90, 4],
					[2, '董志镇', 1, 60, 2],
					['（二）庆城县', null, null, null, null],
					[3, '驿马镇', 6, 310, 7]
				],
				[
					[2, 0, 2, 4],
					[5, 0, 5, 4]
				]
			)
		);
		expect(byUnit(r)).toEqual([
			['肖金镇', '西峰区'],
			['董志镇', '西峰区'],
			['驿马镇', '庆城县']
		]);
		expect(r.facts).toHaveLength(9);
	});

	it('一 / 二 in the 序号 column beside the county, 1 / 2 beside the towns', async () => {
		const r = await read('汇总.xlsx', grid([['序号', ...HEADER], ['一', '环县', null, null, null], [1, '环城镇', 3, 120, 5], [2, '曲子镇', 2, 70, null], ['二', '镇原县', null, null, null], [1, '城关镇', 4, 160, 8]]));
		expect(byUnit(r)).toEqual([
			['环城镇', '环县'],
			['曲子镇', '环县'],
			['城关镇', '镇原县']
		]);
		expect(r.filings.map((f) => f.unit)).toEqual(['环城镇', '曲子镇', '城关镇']);
	});

	it('a group row carrying its block’s sums is a subtotal above the block: checked, never a unit', async () => {
		const rows: GridValue[][] = [HEADER, ['1.华池县', 4, 280, 12], ['柔远镇', 3, 200, 12], ['悦乐镇', 1, 80, null], ['2.合水县', 7, 550, 13], ['西华池镇', 2, 150, 9], ['太白镇', 5, 400, 3]];
		const r = await read('汇总.xlsx', grid(rows));
		expect(byUnit(r)).toEqual([
			['柔远镇', '华池县'],
			['悦乐镇', '华池县'],
			['西华池镇', '合水县'],
			['太白镇', '合水县']
		]);
		expect(r.facts.reduce((s, f) => s + (f.value ?? 0), 0)).toBe(280 + 4 + 12 + 550 + 7 + 12);
		expect(r.ledger.find((e) => e.cell === 'B3')).toMatchObject({ disposition: 'ignored', reason: 'subtotal-row' });
		// 合水县's 排查隐患 states 13, its towns sum to 12.
		expect(warnings(r)).toEqual(['total.mismatch D6']);
	});

	it('groups of a kind, not a place (一是乡镇, 二是县直部门): no unit, and no region taken from them', async () => {
		const r = await read('汇总.xlsx', {
			sheetName: '汇总',
			rows: [['2023年华池县安全生产月活动统计表'], ['单位', '应急演练（场）', '应急演练参与（人次）'], ['一是乡镇', null, null], ['柔远镇', 3, 200], ['二是县直部门', null, null], ['华池县教育局', 2, 500], ['华池县住建局', 1, 40]]
		});
		expect(byUnit(r)).toEqual([
			['柔远镇', '华池县'],
			['华池县教育局', '华池县'],
			['华池县住建局', '华池县']
		]);
		expect(r.filings.map((f) => f.unit)).toEqual(['柔远镇', '华池县教育局', '华池县住建局']);
	});
});

describe('numbered units are units', () => {
	it('units numbered 一、二、三 are all units, one that reported nothing too', async () => {
		const r = await read('汇总.xlsx', {
			sheetName: '汇总',
			rows: [['2023年华池县安全生产月活动统计表'], ['单位', '应急演练（场）', '应急演练参与（人次）'], ['一、县应急管理局', 3, 200], ['二、县教育局', null, null], ['三、县住建局', 1, 40]]
		});
		expect(r.filings.map((f) => f.unit)).toEqual(['一、县应急管理局', '二、县教育局', '三、县住建局']);
		expect(r.facts.map((f) => [f.cell, f.metricId, f.value])).toEqual([
			['B3', 'drills.events', 3],
			['C3', 'drills.participants', 200],
			['B5', 'drills.events', 1],
			['C5', 'drills.participants', 40]
		]);
		expect(r.ledger.find((e) => e.cell === 'A4')).toMatchObject({ reason: 'unit-name' });
	});

	it('a unit named with an ordinal (第二实验小学) that reported nothing stays a unit', async () => {
		const r = await read('汇总.xlsx', {
			sheetName: '汇总',
			rows: [['2023年华池县安全生产月活动统计表'], ['单位', '应急演练（场）', '应急演练参与（人次）'], ['华池县第一中学', 3, 200], ['第二实验小学', null, null], ['华池县职业中学', 1, 40]]
		});
		expect(r.filings.map((f) => f.unit)).toEqual(['华池县第一中学', '第二实验小学', '华池县职业中学']);
		expect(r.ledger.find((e) => e.cell === 'A4')).toMatchObject({ reason: 'unit-name' });
	});
});
