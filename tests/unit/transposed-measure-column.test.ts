/**
 * Transposed summary tables (metrics down the rows, one column per township) whose 计量单位 column is
 * headed just 单位 — the word a wide table uses for its unit column. Under it stand 场, 人次, 处: it is the
 * measure of each row, and the table is read as a transposed one (not dropped as "no table").
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readGrid } from '../fixtures/read-grid';
import { type Grid } from '../fixtures/variants';

const read = readGrid;
const facts = (r: ReturnType<typeof processFile>) => r.facts.map((f) => [f.cell, f.unit, f.metricId, f.value]);

describe('a transposed table with a 单位 column of measure words', () => {
	// 序号 | 活动类别 (merged down) | 统计项目 | 单位 | 合计 | towns …; the 合计 column stands before the towns.
	const withActivity: Grid = {
		sheetName: '乡镇',
		rows: [
			['2022年安全生产月活动情况统计表（乡镇）'],
			['序号', '活动类别', '统计项目', '单位', '合计', '城关镇', '西关镇', '南湖乡'],
			[1, '应急演练', '举办演练', '场', 9, 4, 3, 2],
			[2, null, '参加演练人员', '人次', 640, 300, null, 340],
			[3, '安全宣传咨询', '设点咨询', '场次', 6, 1, 2, 3],
			[4, null, '受教育群众', '人次', 1250, 500, 450, 300]
		],
		merges: [
			[2, 1, 3, 1],
			[4, 1, 5, 1]
		]
	};
	const expected = [
		['F3', '城关镇', 'drills.events', 4],
		['F4', '城关镇', 'drills.participants', 300],
		['F5', '城关镇', 'consult.events', 1],
		['F6', '城关镇', 'consult.participants', 500],
		['G3', '西关镇', 'drills.events', 3],
		['G5', '西关镇', 'consult.events', 2],
		['G6', '西关镇', 'consult.participants', 450],
		['H3', '南湖乡', 'drills.events', 2],
		['H4', '南湖乡', 'drills.participants', 340],
		['H5', '南湖乡', 'consult.events', 3],
		['H6', '南湖乡', 'consult.participants', 300]
	];

	for (const name of ['乡镇统计.xlsx', '乡镇统计.xls'])
		it(`activity merged down, 合计 before the towns, a blank left blank (${name.slice(-4)})`, async () => {
			const r = await read(name, withActivity);
			expect(r.sheets.map((s) => s.shape)).toEqual(['wide']);
			expect(facts(r)).toEqual(expected);
			expect(r.facts.every((f) => f.year === 2022)).toBe(true);
			// The 合计 column is checked, never a unit; the 单位 column is the rows' measure.
			expect(r.filings.map((f) => f.unit)).toEqual(['城关镇', '西关镇', '南湖乡']);
			expect(r.problems.filter((p) => p.level !== 'info')).toEqual([]);
			expect(r.ledger.find((e) => e.cell === 'D4')).toMatchObject({ disposition: 'ignored', reason: 'measure-unit' });
			expect(r.facts.find((f) => f.cell === 'F4')!.label).toContain('人次');
		});

	it('a 合计 column that does not add up is warned about', async () => {
		const rows = withActivity.rows.map((row) => [...row]);
		rows[2][4] = 10;
		const r = await read('乡镇统计.xlsx', { ...withActivity, rows });
		expect(facts(r)).toEqual(expected);
		expect(r.problems.filter((p) => p.code === 'total.mismatch').map((p) => p.cell)).toEqual(['E3']);
	});

	it('no activity column, 指标 | 单位 | streets | 总计 last, a metric the schema lacks stays unmapped', async () => {
		const r = await read('街道.xlsx', {
			sheetName: 'Sheet1',
			rows: [
				['2024年各街道安全生产月工作情况'],
				['指标', '单位', '东城街道', '西城街道', '总计'],
				['开展应急演练', '场', 5, 6, 11],
				['排查整改隐患', '处', 40, 12, 52],
				['发放宣传资料', '份', 3000, 2500, 5500]
			]
		});
		expect(r.facts.map((f) => [f.cell, f.unit, f.metricId, f.value, f.status])).toEqual([
			['C3', '东城街道', 'drills.events', 5, 'ok'],
			['C4', '东城街道', 'rectification.hazards_found', 40, 'ok'],
			['C5', '东城街道', null, 3000, 'unmapped'],
			['D3', '西城街道', 'drills.events', 6, 'ok'],
			['D4', '西城街道', 'rectification.hazards_found', 12, 'ok'],
			['D5', '西城街道', null, 2500, 'unmapped']
		]);
		expect(r.problems.filter((p) => p.level !== 'info')).toEqual([]);
	});

	it('a wide table whose 单位 column names units is still a wide table', async () => {
		const r = await read('汇总.xlsx', {
			sheetName: '汇总',
			rows: [['2023年安全生产月统计'], ['单位', '应急演练（场）', '应急演练参与（人次）'], ['城关镇', 4, 300], ['西关镇', 3, 200]]
		});
		expect(facts(r)).toEqual([
			['B3', '城关镇', 'drills.events', 4],
			['C3', '城关镇', 'drills.participants', 300],
			['B4', '西关镇', 'drills.events', 3],
			['C4', '西关镇', 'drills.participants', 200]
		]);
	});
});
