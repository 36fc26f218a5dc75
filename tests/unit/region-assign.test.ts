import { describe, expect, it } from 'vitest';
import { applyRegionAssignments, matchesPattern, regionAssigner, rosterRegionAssignments, unitsPicked, withRosterAssignments } from '../../src/lib/facts/region-assign';
import { acceptProposal, emptyRoster, rosterAssignments, rosterRegionLinks, rosterState, setYearUnits, type RosterUnit } from '../../src/lib/roster/index';
import { buildModel } from '../../src/lib/model/build';
import { splitResult } from '../../src/lib/model/digest';
import { emptyProfile } from '../../src/lib/mapping/profile';
import { validateMergeDecisions } from '../../src/lib/workspace/plan';
import { buildFacts, processFile } from '../../src/lib/pipeline';
import { makeWideWorkbook, type WideColumn, type WideRow } from '../fixtures/wide';

const COLUMNS: WideColumn[] = [
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' }
];

/** A 2023 summary workbook with these rows. */
const summary = (rows: WideRow[]) => makeWideWorkbook([{ title: '2023年“安全生产月”活动汇总表', sheetName: '汇总', columns: COLUMNS, rows }]);

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
		const bytes = await summary([
			{ region: '', unit: '山河镇', values: [3, 120] },
			{ region: '', unit: '榆林子镇', values: [2, 80] },
			{ region: '', unit: '县应急管理局', values: [1, 30] }
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

describe('regions from a roster', () => {
	it('a filer named as a roster unit, or linked to one, gets its region when its own is unknown; an ambiguous name does not', () => {
		const assignments = rosterRegionAssignments(
			[
				{ name: '西坡镇', region: '正宁县' },
				{ name: '湫头乡', region: '正宁县' },
				{ name: '城关镇', region: '宁县' },
				{ name: '城关镇', region: '正宁县' },
				{ name: '无地区单位', region: '' }
			],
			[{ filer: '永和镇政府', filerRegion: '', unitRegion: '正宁县' }, { filer: '早胜镇', filerRegion: '宁县', unitRegion: '宁县' }]
		);
		expect(assignments).toEqual([{ units: ['永和镇政府', '湫头乡', '西坡镇'].sort(), from: '', region: '正宁县' }]);
		const assign = regionAssigner(assignments);
		expect(assign('西坡镇', '')).toBe('正宁县');
		expect(assign('西坡镇', '宁县')).toBe('宁县'); // a region the file names stands
		expect(assign('城关镇', '')).toBe('');
	});

	it('in the model build: units whose file names no region take the roster\'s (matched and linked filers too), the user\'s own assignment wins, the roster\'s nesting joins the region tree', async () => {
		const bytes = await summary([
			{ region: '', unit: '山河镇', values: [3, 120] },
			{ region: '', unit: '榆林子镇人民政府', values: [2, 80] },
			{ region: '', unit: '永和镇政府', values: [4, 90] },
			{ region: '', unit: '县应急管理局', values: [1, 30] },
			{ region: '山河镇', unit: '北村', values: [1, 10] },
			{ region: '西峰区', unit: '董志镇', values: [5, 50] }
		]);
		const results = [processFile({ name: '2023年汇总.xlsx', bytes })];
		const unit = (name: string, region: string): RosterUnit => ({ name, region, contact: '', phone: '', category: '' });
		let roster = setYearUnits(emptyRoster(), 2023, [unit('山河镇', '正宁县'), unit('榆林子镇', '正宁县'), unit('永正镇', '正宁县'), unit('董志镇', '庆阳市')]);
		// The user said 永和镇政府 is the roster's 永正镇.
		roster = acceptProposal(roster, { filer: '永和镇政府', filerRegion: '', unit: '永正镇', unitRegion: '正宁县' });
		const fromRoster = rosterAssignments(roster, rosterState(roster, results));
		const links = rosterRegionLinks(roster);
		expect(links).toEqual(expect.arrayContaining([{ child: '山河镇', parent: '正宁县', source: 'roster' }]));

		const build = (user: Parameters<typeof withRosterAssignments>[0]) => buildModel(results.map(splitResult), emptyProfile(), [], withRosterAssignments(user, fromRoster), links);
		const regionOf = (facts: { unit: string; region: string }[], u: string) => [...new Set(facts.filter((f) => f.unit === u).map((f) => f.region))];

		const { facts, built } = build(undefined);
		expect(regionOf(facts, '山河镇')).toEqual(['正宁县']); // by name
		expect(regionOf(facts, '榆林子镇人民政府')).toEqual(['正宁县']); // matched to 榆林子镇 by its core
		expect(regionOf(facts, '永和镇政府')).toEqual(['正宁县']); // the user's link
		expect(regionOf(facts, '县应急管理局')).toEqual(['']); // on no roster: stays unknown
		expect(regionOf(facts, '董志镇')).toEqual(['西峰区']); // the file's own region stands
		expect(built.knownRegions).toContain('正宁县');
		expect(built.regionLinks).toContainEqual({ child: '山河镇', parent: '正宁县', source: 'roster' });

		// The user's own assignment comes last and wins over the roster's.
		const mine = build([{ units: ['山河镇'], from: '', region: '宁县' }]);
		expect(regionOf(mine.facts, '山河镇')).toEqual(['宁县']);
		expect(regionOf(mine.facts, '榆林子镇人民政府')).toEqual(['正宁县']);
	});
});
