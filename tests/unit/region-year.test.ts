import { describe, expect, it } from 'vitest';
import { regionFromFileName, regionFromUnitName, placeIn } from '../../src/lib/facts/region';
import { parseFiledOn, yearFromText, yearLabel } from '../../src/lib/facts/year';
import { normalizeUnit } from '../../src/lib/facts/unit';

describe('units, regions, years', () => {
	it.each([
		['正宁县山河镇人民政府', '正宁县'],
		['海城市腾鳌镇人民政府', '海城市'],
		['庆阳市西峰区肖金镇', '西峰区'],
		['宝平市场监管所', ''],
		['八里镇人民政府', ''],
		['城建事务服务中心', ''],
		['西峰区', '']
	])('region of unit %s is "%s"', (unit, region) => expect(regionFromUnitName(unit)).toBe(region));

	it.each([
		['附件2-如皋市搬经镇综合执法局.xls', '如皋市'],
		['2020年安全生产月统计-八里镇.xlsx', ''],
		['五顷塬回族乡安全生产月统计表（6月24日）.xlsx', ''],
		['sub/宝坻区市场监管所明细.csv', '宝坻区']
	])('region of file %s is "%s"', (file, region) => expect(regionFromFileName(file)).toBe(region));

	it('finds the place in a title', () => {
		expect(placeIn('2022年西峰区“安全生产月”活动统计表')).toBe('西峰区');
		expect(placeIn('全县“安全生产月”活动进展情况统计表')).toBe('');
	});

	it('tells a label naming a year alone (a stacked year row, a year column, neither unit nor metric) from one saying more', () => {
		const alone = ['2022年', '2023年度', '2023', '２０２３ 年', '一、2022年数据', '（二）2023年度情况：', '2. 2021年统计', '2023年完成数', '2022年（截至6月底）'];
		expect(alone.map(yearLabel)).toEqual([2022, 2023, 2023, 2023, 2022, 2023, 2021, 2023, 2022]);
		for (const more of ['2022年安全生产月总结', '2023年六月', '1999年', '本年', '城关镇', '20231', '一、城关镇2022年'])
			expect(yearLabel(more), more).toBeNull();
	});

	it('reads years and 填报日期', () => {
		expect(yearFromText('2021年“安全生产月”活动进展情况统计表')).toBe(2021);
		expect(yearFromText('２０２２年统计')).toBe(2022);
		expect(yearFromText('城管局“安全生产月”活动进展情况统计表')).toBeNull();
		expect(parseFiledOn('填报日期：2021年6月24日')).toBe('2021-06-24');
		expect(parseFiledOn('2020.6.30')).toBe('2020-06-30');
		expect(parseFiledOn(new Date(Date.UTC(2021, 5, 8)))).toBe('2021-06-08');
		expect(parseFiledOn(new Date(Date.UTC(2021, 5, 7, 16)))).toBe('2021-06-08'); // UTC+8 midnight
		expect(parseFiledOn('6月8日')).toBeNull();
	});

	it('normalizes unit names', () => {
		expect(normalizeUnit(' 城建事务 服务中心 ')).toBe('城建事务服务中心');
		expect(normalizeUnit('八里镇\u3000人民政府')).toBe('八里镇人民政府');
	});
});

describe('a unit’s region from its name, below the township and beside look-alike words', () => {
	it.each([
		['正宁县山河镇东关社区', '正宁县'],
		['正宁县山河镇东关社区居委会', '正宁县'],
		['正宁县工业园区管理委员会', '正宁县'],
		['正宁县宏达市政工程有限公司', '正宁县'],
		['正宁县政府办公室', '正宁县'],
		['镇原县城关镇人民政府', '镇原县'],
		['武乡县应急管理局', '武乡县'],
		['兰州新区应急管理局', '兰州新区'],
		['庆阳市西峰区肖金镇', '西峰区'],
		['正宁县政务服务中心', '正宁县'],
		['临夏市政务服务中心', '临夏市'],
		['庆阳市政协办公室', '庆阳市'],
		['西峰区政法委员会', '西峰区'],
		['东乡族自治县应急管理局', '东乡族自治县'],
		['阿克塞哈萨克族自治县应急管理局', '阿克塞哈萨克族自治县'],
		['环县县城区管理办', '环县'],
		['正宁县山河镇工业区管委会', '正宁县']
	])('%s → %s', (unit, region) => {
		expect(regionFromUnitName(unit)).toBe(region);
	});
});

describe('one unit however its brackets and stamp are written', () => {
	it('half- and full-width brackets are one unit; （公章）（签章）（印章） like （盖章） are no part of it', () => {
		expect(normalizeUnit('城关镇(东区)')).toBe('城关镇（东区）');
		expect(normalizeUnit('城关镇（东区）')).toBe('城关镇（东区）');
		for (const stamp of ['（公章）', '(公章)', '（签章）', '（印章）', '(盖章)'])
			expect(normalizeUnit(`正宁县山河镇人民政府${stamp}`)).toBe('正宁县山河镇人民政府');
	});
});
