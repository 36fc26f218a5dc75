import { describe, expect, it } from 'vitest';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import type { FileResult } from '../../src/lib/facts/fact';

/** A one-unit long table as a CSV file with a 填报日期 column. */
function filing(name: string, unit: string, filedOn: string, value: number, year = 2021): FileResult {
	const text = `年度,地区,单位,填报日期,活动,指标,数值\n${year},正宁县,${unit},${filedOn},应急演练,开展灾害避险逃生、自救互救演练（场）,${value}\n`;
	return processFile({ name, bytes: new TextEncoder().encode(text) });
}

describe('repeated filings', () => {
	it('the latest 填报日期 wins; the older filing stays, superseded, whatever the import order', () => {
		const interim = filing('6月8日.csv', '山河镇', '2021-06-08', 3);
		const final = filing('6月24日.csv', '山河镇', '2021-06-24', 9);
		for (const order of [
			[interim, final],
			[final, interim]
		]) {
			const facts = resolveFilings(order);
			expect(facts.map((f) => [f.file, f.value, f.status]).sort()).toEqual([
				['6月24日.csv', 9, 'ok'],
				['6月8日.csv', 3, 'superseded']
			]);
		}
	});

	it('other units and other years are not superseded', () => {
		const facts = resolveFilings([filing('a.csv', '山河镇', '2021-06-08', 1), filing('b.csv', '西坡镇', '2021-06-24', 2), filing('c.csv', '山河镇', '2022-06-24', 3, 2022)]);
		expect(facts.every((f) => f.status === 'ok')).toBe(true);
	});

	it('the same file imported twice counts once', () => {
		const a = filing('a.csv', '山河镇', '2021-06-08', 5);
		const again = { ...filing('a.csv', '山河镇', '2021-06-08', 5), file: 'a (1).csv' };
		expect(a.fileId).toBe(again.fileId);
		expect(resolveFilings([a, again])).toHaveLength(1);
	});

	it('a file that cannot be read contributes no facts and does not stop the others', () => {
		const bad = processFile({ name: 'bad.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]) });
		expect(bad.error?.code).toBe('read.corrupt');
		const facts = resolveFilings([bad, filing('a.csv', '山河镇', '2021-06-08', 5)]);
		expect(facts.map((f) => f.value)).toEqual([5]);
	});

	it('two 填报日期 of one unit in one table are two filings: the later counts, the earlier is superseded', () => {
		const text =
			'年度,地区,单位,填报日期,活动,指标,数值\n' +
			'2021,正宁县,山河镇,2021-06-24,应急演练,开展灾害避险逃生、自救互救演练（场）,5\n' +
			'2021,正宁县,山河镇,2021-06-08,应急演练,开展灾害避险逃生、自救互救演练（场）,2\n' +
			'2021,正宁县,西坡镇,2021-06-08,应急演练,开展灾害避险逃生、自救互救演练（场）,4\n';
		const facts = resolveFilings([processFile({ name: '汇总.csv', bytes: new TextEncoder().encode(text) })]);
		expect(facts.map((f) => [f.unit, f.filedOn, f.value, f.status])).toEqual([
			['山河镇', '2021-06-24', 5, 'ok'],
			['山河镇', '2021-06-08', 2, 'superseded'],
			['西坡镇', '2021-06-08', 4, 'ok']
		]);
	});

	it('rows of one unit with the same 填报日期 in one table stay one filing (both count)', () => {
		const text =
			'年度,地区,单位,填报日期,活动,指标,数值\n' +
			'2021,正宁县,山河镇,2021-06-24,应急演练,开展灾害避险逃生、自救互救演练（场）,5\n' +
			'2021,正宁县,山河镇,2021-06-24,安全宣传咨询日,开展安全宣传咨询活动（场）,3\n';
		const facts = resolveFilings([processFile({ name: '汇总.csv', bytes: new TextEncoder().encode(text) })]);
		expect(facts.map((f) => [f.metricId, f.value, f.status])).toEqual([
			['drills.events', 5, 'ok'],
			['consult.events', 3, 'ok']
		]);
	});
});

describe('repeated filings when only one names the region', () => {
	const form = (name: string, region: string, filedOn: string, value: number): FileResult => {
		const text = `年度,地区,单位,填报日期,活动,指标,数值\n2021,${region},山河镇人民政府,${filedOn},应急演练,开展灾害避险逃生、自救互救演练（场）,${value}\n`;
		return processFile({ name, bytes: new TextEncoder().encode(text) });
	};

	it('a filing without a region is the same unit as its one filing with a region: the later counts', () => {
		const facts = resolveFilings([form('正宁县山河镇（6月8日）.csv', '正宁县', '2021-06-08', 2), form('山河镇（6月24日）.csv', '', '2021-06-24', 5)]);
		expect(facts.map((f) => [f.region, f.value, f.status])).toEqual([
			['正宁县', 2, 'superseded'],
			['', 5, 'ok']
		]);
	});

	it('not when the same name stands in two regions: which one it is stays open, both count', () => {
		const facts = resolveFilings([form('a.csv', '正宁县', '2021-06-08', 2), form('b.csv', '宁县', '2021-06-08', 3), form('c.csv', '', '2021-06-24', 5)]);
		expect(facts.map((f) => f.status)).toEqual(['ok', 'ok', 'ok']);
	});
});
