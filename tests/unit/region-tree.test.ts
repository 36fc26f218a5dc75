import { describe, expect, it } from 'vitest';
import { divisionLevel, leadingPlaces } from '../../src/lib/facts/region';
import { regionLinks } from '../../src/lib/facts/region-links';
import { expandRegions, regionTree, type RegionNode } from '../../src/lib/query/regions';

const shape = (nodes: RegionNode[]): unknown => Object.fromEntries(nodes.map((n) => [n.name, shape(n.children)]));

describe('region nesting from what the data says', () => {
	it('reads places from the start of a name only', () => {
		expect(leadingPlaces('庆阳市正宁县山河镇人民政府')).toEqual(['庆阳市', '正宁县', '山河镇']);
		expect(leadingPlaces('西峰区北街街道办事处')).toEqual(['西峰区', '北街街道']);
		expect(leadingPlaces('东乡族自治县城关镇')).toEqual(['东乡族自治县', '城关镇']);
		expect(leadingPlaces('正宁县')).toEqual(['正宁县']);
		expect(leadingPlaces('宝平市场监管所')).toEqual([]);
		expect(leadingPlaces('乡镇企业局')).toEqual([]);
		expect(divisionLevel('庆阳市')).toBeLessThan(divisionLevel('正宁县'));
		expect(divisionLevel('正宁县')).toBeLessThan(divisionLevel('山河镇'));
	});

	it('never nests 正宁县 under 宁县; 正宁县山河镇 goes under 正宁县', () => {
		const regions = ['宁县', '正宁县', '正宁县山河镇'];
		const units = [
			{ region: '宁县', unit: '宁县应急管理局' },
			{ region: '正宁县', unit: '正宁县应急管理局' },
			{ region: '正宁县山河镇', unit: '正宁县山河镇人民政府' }
		];
		const links = regionLinks(regions, units);
		expect(shape(regionTree(regions, links))).toEqual({ 宁县: {}, 正宁县: { 正宁县山河镇: {} } });
		expect(expandRegions(['宁县'], regions, links).sort()).toEqual(['宁县']);
		expect(expandRegions(['正宁县'], regions, links).sort()).toEqual(['正宁县', '正宁县山河镇'].sort());
		// Without links nothing nests (the suffix never decides).
		expect(shape(regionTree(regions))).toEqual({ 宁县: {}, 正宁县: {}, 正宁县山河镇: {} });
	});

	it('takes nesting from unit names, a region column above a 乡镇 unit, and given links', () => {
		const regions = ['庆阳市', '西峰区', '宁县', '正宁县', '山河镇', '海城市'];
		const units = [
			{ region: '西峰区', unit: '庆阳市西峰区肖金镇人民政府' }, // 西峰区 in 庆阳市
			{ region: '正宁县', unit: '山河镇' }, // the 乡镇 column under a 县区 column
			{ region: '宁县', unit: '宁县正宁路社区' } // no division after 宁县: nothing
		];
		const links = regionLinks(regions, units, [{ child: '宁县', parent: '庆阳市', source: 'roster' }]);
		expect(shape(regionTree(regions, links))).toEqual({ 海城市: {}, 庆阳市: { 宁县: {}, 西峰区: {} }, 正宁县: { 山河镇: {} } });
		expect(expandRegions(['庆阳市'], regions, links).sort()).toEqual(['庆阳市', '宁县', '西峰区'].sort());
	});

	it('a 县 never goes under another 县 by a unit, and a circle of user links is broken', () => {
		const regions = ['宁县', '正宁县'];
		expect(regionLinks(regions, [{ region: '宁县', unit: '正宁县应急局' }])).toEqual([]);
		const links = regionLinks(regions, [], [
			{ child: '宁县', parent: '正宁县', source: 'user' },
			{ child: '正宁县', parent: '宁县', source: 'user' }
		]);
		const tree = regionTree(regions, links);
		expect(tree).toHaveLength(1);
		expect(tree[0].children).toHaveLength(1);
	});
});
