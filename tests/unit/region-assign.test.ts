import { describe, expect, it } from 'vitest';
import { applyRegionAssignments, matchesPattern, unitsPicked } from '../../src/lib/facts/region-assign';
import { validateMergeDecisions } from '../../src/lib/workspace/plan';
import { buildFacts, processFile } from '../../src/lib/pipeline';
import { makeWideWorkbook, type WideColumn } from '../fixtures/wide';

const COLUMNS: WideColumn[] = [
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' }
];

describe('regions for many units at once', () => {
	it('patterns: a* starts with, *a ends with, no * contains', () => {
		expect(matchesPattern('山河镇人民政府', '山河*')).toBe(true);
		expect(matchesPattern('正宁县山河镇', '山河*')).toBe(false);
		expect(matchesPattern('正宁县山河镇', '*镇')).toBe(true);
		expect(matchesPattern('正宁县山河镇', '山河')).toBe(true);
		expect(matchesPattern('a.b', 'a.*')).toBe(true);
		expect(matchesPattern('axb', 'a.b')).toBe(false);
		expect(matchesPattern('任何', '  ')).toBe(false);
	});

	it('moves the picked units of an unknown region, facts and filings alike; other units stay', async () => {
		const bytes = await makeWideWorkbook([
			{
				title: '2023年“安全生产月”活动汇总表',
				sheetName: '汇总',
				columns: COLUMNS,
				rows: [
					{ region: '', unit: '山河镇', values: [3, 120] },
					{ region: '', unit: '榆林子镇', values: [2, 80] },
					{ region: '', unit: '县应急管理局', values: [1, 30] }
				]
			}
		]);
		const results = [processFile({ name: '2023年汇总.xlsx', bytes })];
		const before = buildFacts(results);
		expect(new Set(before.map((f) => f.region))).toEqual(new Set(['']));
		const units = [...new Set(before.map((f) => `${f.region}\u0000${f.unit}`))].map((k) => ({ region: k.split('\u0000')[0], unit: k.split('\u0000')[1] }));
		expect(unitsPicked(units, { pattern: '*镇', from: '' }).map((u) => u.unit).sort()).toEqual(['山河镇', '榆林子镇'].sort());

		const assigned = applyRegionAssignments(results, [
			{ pattern: '*镇', from: '', region: '正宁县' },
			{ units: ['县应急管理局'], region: '宁县' },
			{ units: ['山河镇'], from: '宁县', region: '错的' } // from does not match: not applied
		]);
		const after = buildFacts(assigned);
		const regionOf = (unit: string) => new Set(after.filter((f) => f.unit === unit).map((f) => f.region));
		expect(regionOf('山河镇')).toEqual(new Set(['正宁县']));
		expect(regionOf('榆林子镇')).toEqual(new Set(['正宁县']));
		expect(regionOf('县应急管理局')).toEqual(new Set(['宁县']));
		expect(assigned[0].filings.every((f) => f.region !== '')).toBe(true);
		expect(after).toHaveLength(before.length);
		expect(applyRegionAssignments(results, [])).toBe(results);
	});

	it('is kept with the workspace decisions and checked on the way back', () => {
		const ok = { accepted: [], rejected: [], regions: [{ pattern: '*镇', from: '', region: '正宁县' }, { units: ['甲'], region: '宁县' }] };
		expect(validateMergeDecisions(JSON.parse(JSON.stringify(ok)))).toEqual(ok);
		expect(validateMergeDecisions({ accepted: [], rejected: [] })).toEqual({ accepted: [], rejected: [] });
		expect(validateMergeDecisions({ accepted: [], rejected: [], regions: [{ region: '' , pattern: 'x' }] })).toBeNull();
		expect(validateMergeDecisions({ accepted: [], rejected: [], regions: [{ region: '宁县' }] })).toBeNull();
	});
});
