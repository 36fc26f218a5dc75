import { describe, expect, it } from 'vitest';
import { leadingPlaces, placeIn, regionFromFileName, regionFromUnitName } from '../../src/lib/facts/region';
import { processFile } from '../../src/lib/pipeline';
import { gridWorkbook } from '../fixtures/variants';

// Townships whose own name holds a division word (X市镇, X县乡 …): the 市 is the township's, not a city's.
describe('a township named with 市/县/区 inside is no city or county', () => {
	it.each([
		['湘西县陬市镇人民政府', '湘西县'],
		['德清县新市镇人民政府', '德清县'],
		['平江县河市乡政府', '平江县'],
		['新市镇人民政府', ''],
		['河市乡', ''],
		['庆阳市西峰区肖金镇', '西峰区'],
		// 乡镇 / 乡村 after a county are words: the county stays.
		['正宁县乡村振兴局', '正宁县'],
		['正宁县乡镇企业局', '正宁县']
	])('unit %s → region "%s"', (unit, region) => expect(regionFromUnitName(unit)).toBe(region));

	it.each([
		['新市镇2022年安全生产月统计.xlsx', ''],
		['附件2：河市乡统计表（6月8日）.xls', ''],
		['德清县新市镇统计.xlsx', '德清县'],
		['2023年正宁县乡镇汇总.xlsx', '正宁县']
	])('file %s → region "%s"', (file, region) => expect(regionFromFileName(file)).toBe(region));

	it('the township is still found below its county', () => {
		expect(leadingPlaces('德清县新市镇人民政府')).toEqual(['德清县', '新市镇']);
		expect(placeIn('德清县新市镇2023年统计')).toBe('德清县');
	});

	it('a table whose file names only the township: each unit’s county comes from its own name', async () => {
		const bytes = await gridWorkbook([
			{
				sheetName: '汇总',
				rows: [
					['2023年安全生产月活动统计表'],
					['单位', '应急演练（场）', '应急演练参与（人次）'],
					['德清县新市镇人民政府', 4, 300],
					['德清县新市镇中心学校', 2, 900]
				]
			}
		]);
		const r = processFile({ name: '新市镇2023年安全生产月统计.xlsx', bytes });
		expect(r.error).toBeNull();
		expect(r.facts.map((f) => [f.cell, f.unit, f.region, f.metricId, f.value])).toEqual([
			['B3', '德清县新市镇人民政府', '德清县', 'drills.events', 4],
			['C3', '德清县新市镇人民政府', '德清县', 'drills.participants', 300],
			['B4', '德清县新市镇中心学校', '德清县', 'drills.events', 2],
			['C4', '德清县新市镇中心学校', '德清县', 'drills.participants', 900]
		]);
	});
});
