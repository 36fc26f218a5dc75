/** CSV exports: BOM, CRLF, formula-looking text neutralized, numbers kept numbers, round trip through papaparse. */
import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { BOM, csvCell, factsCsv, neutralize, summaryCsv, toCsv } from '../../src/lib/export/csv';
import { summaryTable } from '../../src/lib/report/summary';
import { processFile, buildFacts } from '../../src/lib/pipeline';

describe('csv', () => {
	test('BOM, CRLF and a CRLF after the last row', () => {
		const csv = toCsv([
			['单位', '数值'],
			['甲镇', 3]
		]);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv).toBe('\uFEFF单位,数值\r\n甲镇,3\r\n');
		// UTF-8 bytes start with EF BB BF: what Excel on Chinese Windows looks for.
		expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	test('text that could run as a formula is neutralized; numbers stay numbers', () => {
		for (const s of ['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(neutralize(s).startsWith("'")).toBe(true);
		for (const s of ['甲镇', '1+1', 'a=b', '']) expect(neutralize(s)).toBe(s);
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(1234.5)).toBe('1234.5');
		expect(csvCell('-5')).toBe("'-5");
		expect(csvCell(null)).toBe('');
		expect(csvCell(NaN)).toBe('');
		expect(csvCell('a,"b"\r\nc')).toBe('"a,""b""\r\nc"');
	});

	test('round trip through papaparse: every field back, formulas only as text', () => {
		const rows = [
			['单位', '说明', '数值'],
			['=HYPERLINK("http://x")', '含,逗号和"引号"\r\n与换行', -12],
			['+1', '@cmd', 0],
			['正宁县山河镇', '', 3.25]
		];
		const csv = toCsv(rows);
		const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
		expect(parsed).toEqual([
			['单位', '说明', '数值'],
			[`'=HYPERLINK("http://x")`, '含,逗号和"引号"\r\n与换行', '-12'],
			["'+1", "'@cmd", '0'],
			['正宁县山河镇', '', '3.25']
		]);
	});

	test('summary table and facts with provenance', () => {
		const t = summaryTable(
			[
				{ key: '=evil', year: 2021, value: 10, gk: 0, gy: 0 },
				{ key: '=evil', year: 2022, value: 15, gk: 0, gy: 0 },
				{ key: '=evil', year: null, value: 25, gk: 0, gy: 1 },
				{ key: null, year: 2021, value: 10, gk: 1, gy: 0 },
				{ key: null, year: 2022, value: 15, gk: 1, gy: 0 },
				{ key: null, year: null, value: 25, gk: 1, gy: 1 }
			],
			'participation',
			'unit'
		);
		const rows = Papa.parse<string[]>(summaryCsv(t).slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
		expect(rows).toEqual([
			['单位', '2021年', '2022年', '合计', '2022年比2021年增减', '2022年比2021年增减（%）'],
			["'=evil", '10', '15', '25', '5', '50'],
			['合计', '10', '15', '25', '5', '50']
		]);

		const text = '\uFEFF' + '年度,地区,单位,活动,指标,数值\r\n2021,环县,-甲镇,应急演练,参与（人次）,40\r\n';
		const result = processFile({ name: 'x.csv', bytes: new TextEncoder().encode(text) });
		const facts = buildFacts([result]);
		const parsed = Papa.parse<Record<string, string>>(factsCsv(facts).slice(1), { header: true, newline: '\r\n', skipEmptyLines: true }).data;
		expect(parsed).toHaveLength(1);
		expect(parsed[0]).toMatchObject({ 文件: 'x.csv', 单元格: 'F2', 单位: "'-甲镇", 指标: 'drills.participants', 数值: '40', 原文: '40', 状态: 'ok' });
	});
});
