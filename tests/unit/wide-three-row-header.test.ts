/**
 * A three-row header (五进 > a place > 场次 | 人数): every level reaches the matcher, so 人数 under a
 * place of 五进 is that place's participants, as 场次 beside it is its sessions.
 */
import { describe, expect, it } from 'vitest';
import { readGrid } from '../fixtures/read-grid';

describe('人数 under 五进 > place, three header rows', () => {
	for (const [group, places] of [
		['安全宣传“五进”活动', ['进社区', '进学校']],
		['“五进”宣传', ['进农村', '进家庭']]
	] as const)
		it(`${group} > ${places.join(' / ')} > 场次 | 人数`, async () => {
			const r = await readGrid('汇总.xlsx', {
				sheetName: '五进',
				rows: [
					['2023年华池县安全宣传五进统计表'],
					['乡镇', group, null, null, null],
					[null, places[0], null, places[1], null],
					[null, '场次', '人数', '场次', '人数'],
					['柔远镇', 3, 420, 1, 90],
					['悦乐镇', 2, 160, null, null]
				],
				merges: [
					[1, 0, 3, 0],
					[1, 1, 1, 4],
					[2, 1, 2, 2],
					[2, 3, 2, 4]
				]
			});
			const id = (p: string) => ({ 进社区: 'community', 进学校: 'school', 进农村: 'village', 进家庭: 'family' })[p];
			const [a, b] = places.map(id);
			expect(r.facts.map((f) => [f.cell, f.unit, f.metricId, f.value])).toEqual([
				['B5', '柔远镇', `five.${a}_events`, 3],
				['C5', '柔远镇', `five.${a}_participants`, 420],
				['D5', '柔远镇', `five.${b}_events`, 1],
				['E5', '柔远镇', `five.${b}_participants`, 90],
				['B6', '悦乐镇', `five.${a}_events`, 2],
				['C6', '悦乐镇', `five.${a}_participants`, 160]
			]);
		});
});
