/**
 * Long tables with two name columns (项目 | 指标, 统计项目 | 指标, 项目 | 内容): one names the activity,
 * the other the measure within it. The activity is the matcher's context, never the metric's name: read
 * the other way round, every row of one activity fell to one metric of it, silently summed.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readGrid } from '../fixtures/read-grid';
import { gbkCsv } from '../fixtures/wide-quirks';
import type { GridValue } from '../fixtures/variants';

const facts = (r: ReturnType<typeof processFile>) => r.facts.map((f) => [f.cell, f.unit, f.metricId, f.value]);

describe('a long table naming the activity and the metric in two columns', () => {
	const rows: GridValue[][] = [
		['区县', '乡镇', '项目', '指标', '数量'],
		['华池县', '柔远镇', '应急演练', '组织演练场次', 4],
		['华池县', '柔远镇', '应急演练', '参加演练人次', 320],
		['华池县', '柔远镇', '安全宣传“五进”', '进学校场次', 2],
		['华池县', '柔远镇', '安全宣传“五进”', '进学校受教育人数', 900],
		['华池县', '悦乐镇', '应急演练', '组织演练场次', 1],
		['华池县', '悦乐镇', '安全宣传“五进”', '进学校场次', null]
	];
	const expected = [
		['E3', '柔远镇', 'drills.events', 4],
		['E4', '柔远镇', 'drills.participants', 320],
		['E5', '柔远镇', 'five.school_events', 2],
		['E6', '柔远镇', 'five.school_participants', 900],
		['E7', '悦乐镇', 'drills.events', 1]
	];

	for (const name of ['明细.xlsx', '明细.xls'])
		it(`项目 is the activity, 指标 the metric (${name.slice(-4)})`, async () => {
			const r = await readGrid(name, { sheetName: '明细', rows: [['2023年安全生产月活动明细'], ...rows] });
			expect(r.sheets.map((s) => s.shape)).toEqual(['long']);
			expect(facts(r)).toEqual(expected);
			expect(r.facts[0].label).toBe('应急演练|组织演练场次');
		});

	it('in a GBK CSV with the columns the other way round (指标 left of 项目)', () => {
		const swapped = rows.map((row) => [row[0], row[1], row[3], row[2], row[4]]);
		const r = processFile({ name: '2023明细.csv', bytes: gbkCsv(swapped) });
		expect(r.error).toBeNull();
		// No title row in the CSV: one row up.
		expect(facts(r)).toEqual(expected.map(([cell, ...rest]) => [`E${Number(String(cell).slice(1)) - 1}`, ...rest]));
		expect(r.facts[0].label).toBe('应急演练|组织演练场次');
	});

	it('a metric column holding only the measure (场次 | 人次): the activity names what', async () => {
		const r = await readGrid('明细.xlsx', {
			sheetName: '明细',
			rows: [
				['2023年安全生产月活动明细'],
				['乡镇', '统计项目', '指标', '完成数'],
				['柔远镇', '应急演练', '场次', 4],
				['柔远镇', '应急演练', '参与人次', 320],
				['柔远镇', '安全宣传咨询日', '场次', 2],
				['柔远镇', '安全宣传咨询日', '参与人次', 150],
				['柔远镇', '警示教育', '场次', 3]
			]
		});
		expect(facts(r)).toEqual([
			['D3', '柔远镇', 'drills.events', 4],
			['D4', '柔远镇', 'drills.participants', 320],
			['D5', '柔远镇', 'consult.events', 2],
			['D6', '柔远镇', 'consult.participants', 150],
			['D7', '柔远镇', 'warning.education_sessions', 3]
		]);
	});
});
