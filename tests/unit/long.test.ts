import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { processFile } from '../../src/lib/pipeline';
import { csvField } from '../../src/lib/facts/csv-out';

const ROWS = [
	['2023', '宝坻区', '宝平市场监管所', '6·16咨询日', '开展安全宣传咨询活动（场）', '7', 'consult.events'],
	['2023', '宝坻区', '宝平市场监管所', '6·16咨询日', '参与（人次）', '310', 'consult.participants'],
	['2023', '宝坻区', '宝平市场监管所', '应急演练', '参与（人次）', '约300', 'drills.participants'],
	['2023', '宝坻区', '宝平市场监管所', '举报', '接收各类举报（条次）', '', null],
	['2023', '宝坻区', '海滨市场监管所', '其他', '发放宣传资料（份）', '2,311', null]
] as const;

const csv = (rows: readonly (readonly string[])[]) => ['年度,地区,单位,活动,指标,数值', ...rows.map((r) => r.slice(0, 6).map(csvField).join(','))].join('\r\n') + '\r\n';

describe('long tables', () => {
	it('maps activity + metric together; an empty 数值 gives no fact; GBK CSV', () => {
		const r = processFile({ name: '明细.csv', bytes: new Uint8Array(iconv.encode(csv(ROWS.map((r) => r.map((x) => (x === null ? '' : x)))), 'gbk')) });
		expect(r.error).toBeNull();
		expect(r.sheets[0].shape).toBe('long');
		expect(r.facts.map((f) => [f.cell, f.metricId, f.value, f.status, f.approx])).toEqual([
			['F2', 'consult.events', 7, 'ok', false],
			['F3', 'consult.participants', 310, 'ok', false],
			['F4', 'drills.participants', 300, 'ok', true],
			['F6', null, 2311, 'unmapped', false]
		]);
		expect(r.facts[3].label).toBe('其他|发放宣传资料（份）');
		expect(r.facts.every((f) => f.region === '宝坻区' && f.year === 2023 && f.sheet === '')).toBe(true);
		expect(r.filings).toHaveLength(2);
	});

	it('reads the same long table from an .xlsx sheet', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('明细');
		ws.addRow(['年度', '地区', '单位', '活动', '指标', '数值']);
		for (const r of ROWS) ws.addRow([Number(r[0]), r[1], r[2], r[3], r[4], r[5] === '' ? null : /^\d+$/.test(r[5]) ? Number(r[5]) : r[5]]);
		const r = processFile({ name: '明细.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
		expect(r.facts.map((f) => f.value)).toEqual([7, 310, 300, 2311]);
		expect(r.facts[0].sheet).toBe('明细');
	});
});

describe('long tables of one unit (filing lines above the header)', () => {
	it('takes 填报单位, 年度 and 填报日期 from the lines above; reads 是/否 and texts', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('统计表');
		ws.addRow(['“安全生产月”活动进展情况统计表']);
		ws.addRow(['填报单位（盖章）：', '正宁县山河镇人民政府', '', '年度：', 2022]);
		ws.addRow(['填报日期：', new Date(Date.UTC(2022, 5, 24))]);
		ws.addRow(['序号', '活动', '指标', '计量单位', '数值']);
		ws.addRow([1, '应急演练', '开展灾害避险逃生、自救互救演练', '场', 6]);
		ws.addRow([2, '五进', '使用全国安全宣教和应急科普平台', '是/否', '是']);
		ws.addRow([3, '六个能力', '提升风险排查能力', '文字', '一是建立风险台账；二是每周巡查。']);
		ws.addRow([4, '应急演练', '参与人次', '人次', null]);
		const r = processFile({ name: 'a.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
		expect(r.sheets[0].shape).toBe('long');
		expect(r.facts.map((f) => [f.cell, f.metricId, f.value, f.text])).toEqual([
			['E5', 'drills.events', 6, null],
			['E6', 'five.platform_used', 1, null],
			['E7', 'cap.risk', null, '一是建立风险台账；二是每周巡查。']
		]);
		expect(r.facts.every((f) => f.unit === '正宁县山河镇人民政府' && f.region === '正宁县' && f.year === 2022 && f.filedOn === '2022-06-24')).toBe(true);
		expect(r.ledger.filter((e) => e.reason === 'filing-info').map((e) => e.cell).sort()).toEqual(['A2', 'A3', 'B2', 'B3', 'D2', 'E2']);
	});
});
