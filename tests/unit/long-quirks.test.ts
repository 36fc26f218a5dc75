import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { processFile } from '../../src/lib/pipeline';
import { matchMetric } from '../../src/lib/schema/match';
import { FACT_CSV_HEADER, errorCsvRow, factCsvRow } from '../../src/lib/facts/csv-out';
import type { Fact, FileResult } from '../../src/lib/facts/fact';

const utf8 = (lines: string[]) => new Uint8Array(Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'));
const gbk = (lines: string[]) => new Uint8Array(iconv.encode(lines.join('\r\n') + '\r\n', 'gbk'));

/** rows of values; merges 1-based [r0, c0, r1, c1]. */
async function xlsx(rows: (string | number | null)[][], merges: [number, number, number, number][] = []): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('明细');
	rows.forEach((row, i) => row.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
	for (const [r0, c0, r1, c1] of merges) ws.mergeCells(r0, c0, r1, c1);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

const facts = (r: FileResult) => r.facts.map((f) => [f.cell, f.unit, f.region, f.year, f.metricId, f.value, f.status]);

describe('long headers DOMAIN.md and the CLI name', () => {
	it('reads year,region,unit,activity,metric,value', () => {
		const r = processFile({
			name: 'long.csv',
			bytes: utf8(['year,region,unit,activity,metric,value', '2022,华池县,柔远镇,安全宣传咨询日,开展安全宣传咨询活动（场）,3', '2022,华池县,柔远镇,应急演练,参与（人次）,180'])
		});
		expect(r.error).toBeNull();
		expect(r.sheets[0].shape).toBe('long');
		expect(facts(r)).toEqual([
			['F2', '柔远镇', '华池县', 2022, 'consult.events', 3, 'ok'],
			['F3', '柔远镇', '华池县', 2022, 'drills.participants', 180, 'ok']
		]);
	});

	it.each(['数值（个）', '数量（场/人次）', '统计数据', '填报数', '实际完成'])('reads a value column headed %s (GBK)', (header) => {
		const r = processFile({ name: '明细.csv', bytes: gbk([`年度,地区,单位,活动,指标,${header}`, '2022,华池县,柔远镇,安全宣传咨询日,开展安全宣传咨询活动（场）,3', '2022,华池县,柔远镇,应急演练,参与（人次）,']) });
		expect(r.error).toBeNull();
		// The blank value of the second row stays blank: no fact, not 0.
		expect(facts(r)).toEqual([['F2', '柔远镇', '华池县', 2022, 'consult.events', 3, 'ok']]);
	});
});

describe('a facts CSV the CLI wrote loads back', () => {
	const header = FACT_CSV_HEADER.join(',');

	it('metric_id and activity_id are ids; the label, texts and statuses are kept; error rows are no facts', () => {
		const r = processFile({
			name: 'facts.csv',
			bytes: utf8([
				header,
				'a.xlsx,汇总,D4,柔远镇,华池县,2023,consultation_day,consult.events,安全宣传咨询日|场次,3,,ok',
				'a.xlsx,汇总,E4,柔远镇,华池县,2023,,,其他|发放宣传资料（份）,2311,,unmapped',
				'b.xlsx,统计表,C5,悦乐镇,华池县,2023,drills,drills.participants,参与（ ）人次,40,,superseded',
				'b.xlsx,统计表,C9,悦乐镇,华池县,2023,capabilities,cap.risk,提升风险排查能力,,一是建立风险台账,ok',
				'c.xlsx,,,,,,,,,,文件中没有任何数据。 / The file holds no data.,error',
				'd.xlsx,汇总,F4,柔远镇,华池县,2023,,,其他|出动车辆（台）,8,,ignored'
			])
		});
		expect(r.error).toBeNull();
		expect(r.facts.map((f) => [f.cell, f.unit, f.region, f.year, f.activityId, f.metricId, f.label, f.value, f.text, f.status])).toEqual([
			['J2', '柔远镇', '华池县', 2023, 'consultation_day', 'consult.events', '安全宣传咨询日|场次', 3, null, 'ok'],
			['J3', '柔远镇', '华池县', 2023, null, null, '其他|发放宣传资料（份）', 2311, null, 'unmapped'],
			['J4', '悦乐镇', '华池县', 2023, 'drills', 'drills.participants', '参与（ ）人次', 40, null, 'superseded'],
			['K5', '悦乐镇', '华池县', 2023, 'capabilities', 'cap.risk', '提升风险排查能力', null, '一是建立风险台账', 'ok'],
			['J7', '柔远镇', '华池县', 2023, null, null, '其他|出动车辆（台）', 8, null, 'ignored']
		]);
		expect(r.ledger.filter((e) => e.reason === 'error-row').map((e) => e.cell)).toEqual(['A6', 'K6', 'L6']);
	});

	it('round-trips: a file → the CLI rows → the same facts', () => {
		const source = processFile({
			name: '明细.csv',
			bytes: gbk(['年度,地区,单位,活动,指标,数值', '2021,华池县,柔远镇,安全宣传咨询日,开展安全宣传咨询活动（场）,5', '2021,华池县,柔远镇,其他,发放宣传资料（份）,"1,200"', '2021,华池县,柔远镇,六个能力,提升风险排查能力,"一是建台账，二是巡查"'])
		});
		const unreadable = processFile({ name: 'empty.csv', bytes: new Uint8Array() });
		const rows = [FACT_CSV_HEADER.join(','), ...source.facts.map(factCsvRow), errorCsvRow(unreadable)];
		const back = processFile({ name: 'facts.csv', bytes: utf8(rows) });
		const key = (f: Fact) => [f.unit, f.region, f.year, f.activityId, f.metricId, f.label, f.value, f.text, f.status];
		expect(back.facts.map(key)).toEqual(source.facts.map(key));
		expect(back.facts.map(key)).toEqual([
			['柔远镇', '华池县', 2021, 'consultation_day', 'consult.events', '安全宣传咨询日|开展安全宣传咨询活动（场）', 5, null, 'ok'],
			['柔远镇', '华池县', 2021, null, null, '其他|发放宣传资料（份）', 1200, null, 'unmapped'],
			['柔远镇', '华池县', 2021, 'capabilities', 'cap.risk', '六个能力|提升风险排查能力', null, '一是建台账，二是巡查', 'ok']
		]);
	});
});

describe('metric ids in a long table', () => {
	it('an exact metric_id maps to itself', () => {
		expect(matchMetric('consult.events')).toMatchObject({ metricId: 'consult.events', activityId: 'consultation_day', family: 'S', confidence: 1 });
		expect(matchMetric('drills.participants', 'drills')).toMatchObject({ metricId: 'drills.participants', family: 'P', confidence: 1 });
		expect(matchMetric('consultation_day|consult.participants')?.metricId).toBe('consult.participants');
		expect(matchMetric('consult.events', '', { families: ['P'] })).toBeNull();
		expect(matchMetric('consult.nonexistent')).toBeNull();
	});

	it('reads ids in 指标 (GBK CSV), also beside a 计量单位 column', () => {
		const r = processFile({
			name: '明细.csv',
			bytes: gbk(['年度,地区,单位,活动,指标,计量单位,数值', '2022,华池县,柔远镇,consultation_day,consult.events,场,3', '2022,华池县,柔远镇,consultation_day,consult.participants,人次,420', '2022,华池县,柔远镇,drills,drills.events,场,2'])
		});
		expect(facts(r)).toEqual([
			['G2', '柔远镇', '华池县', 2022, 'consult.events', 3, 'ok'],
			['G3', '柔远镇', '华池县', 2022, 'consult.participants', 420, 'ok'],
			['G4', '柔远镇', '华池县', 2022, 'drills.events', 2, 'ok']
		]);
		expect(r.facts.map((f) => f.label)).toEqual(['consultation_day|consult.events', 'consultation_day|consult.participants', 'drills|drills.events']);
	});
});

describe('merged key cells in a long .xlsx', () => {
	it('年度/地区/单位/活动 merged down hold for every row; a blank value stays blank', async () => {
		const rows = [
			['年度', '地区', '单位', '活动', '指标', '数值'],
			[2022, '华池县', '柔远镇', '安全宣传咨询日', '开展安全宣传咨询活动（场）', 3],
			[null, null, null, null, '参与（人次）', 420],
			[null, null, null, '应急演练', '开展演练（场）', 2],
			[null, null, null, null, '参与（人次）', 180],
			[2021, '华池县', '悦乐镇', '安全宣传咨询日', '开展安全宣传咨询活动（场）', 1],
			[null, null, null, null, '参与（人次）', null]
		];
		const merges: [number, number, number, number][] = [[2, 1, 5, 1], [2, 2, 5, 2], [2, 3, 5, 3], [2, 4, 3, 4], [4, 4, 5, 4], [6, 1, 7, 1], [6, 2, 7, 2], [6, 3, 7, 3], [6, 4, 7, 4]];
		const r = processFile({ name: '明细.xlsx', bytes: await xlsx(rows, merges) });
		expect(r.problems).toEqual([]);
		expect(facts(r)).toEqual([
			['F2', '柔远镇', '华池县', 2022, 'consult.events', 3, 'ok'],
			['F3', '柔远镇', '华池县', 2022, 'consult.participants', 420, 'ok'],
			['F4', '柔远镇', '华池县', 2022, 'drills.events', 2, 'ok'],
			['F5', '柔远镇', '华池县', 2022, 'drills.participants', 180, 'ok'],
			['F6', '悦乐镇', '华池县', 2021, 'consult.events', 1, 'ok']
		]);
		expect(r.filings.map((f) => [f.unit, f.year])).toEqual([
			['柔远镇', 2022],
			['悦乐镇', 2021]
		]);
	});
});

describe('a 单位 column of measure words', () => {
	it('is the 计量单位: the 填报单位 line above names the unit, the measure names the metric', async () => {
		const rows = [
			['2022年安全生产月活动统计表'],
			['填报单位：华池县柔远镇人民政府', null, null, '填报日期：2022年6月24日'],
			['序号', '活动', '指标', '单位', '数值'],
			[1, '安全宣传咨询日', '开展安全宣传咨询活动', '场', 3],
			[2, '安全宣传咨询日', '参与', '人次', 420],
			[3, '应急演练', '开展演练', '场', 2],
			[4, '应急演练', '参与', '人次', 180]
		];
		const r = processFile({ name: '柔远镇安全生产月统计.xlsx', bytes: await xlsx(rows) });
		expect(r.facts.map((f) => [f.cell, f.unit, f.region, f.year, f.filedOn, f.metricId, f.value, f.status])).toEqual([
			['E4', '华池县柔远镇人民政府', '华池县', 2022, '2022-06-24', 'consult.events', 3, 'ok'],
			['E5', '华池县柔远镇人民政府', '华池县', 2022, '2022-06-24', 'consult.participants', 420, 'ok'],
			['E6', '华池县柔远镇人民政府', '华池县', 2022, '2022-06-24', 'drills.events', 2, 'ok'],
			['E7', '华池县柔远镇人民政府', '华池县', 2022, '2022-06-24', 'drills.participants', 180, 'ok']
		]);
		expect(r.facts.map((f) => f.label)).toEqual(['安全宣传咨询日|开展安全宣传咨询活动（场）', '安全宣传咨询日|参与（人次）', '应急演练|开展演练（场）', '应急演练|参与（人次）']);
	});

	it('beside a 填报单位 column: units from that column, measures from 单位', () => {
		const r = processFile({
			name: '明细.csv',
			bytes: gbk(['年度,填报单位,活动,指标,单位,数值', '2023,正宁县山河镇人民政府,应急演练,开展演练,场,4', '2023,正宁县山河镇人民政府,应急演练,参与,人次,260', '2023,正宁县永和镇人民政府,6·16咨询日,举办咨询活动,场/人次,2'])
		});
		expect(facts(r)).toEqual([
			['F2', '正宁县山河镇人民政府', '正宁县', 2023, 'drills.events', 4, 'ok'],
			['F3', '正宁县山河镇人民政府', '正宁县', 2023, 'drills.participants', 260, 'ok'],
			['F4', '正宁县永和镇人民政府', '正宁县', 2023, 'consult.events', 2, 'ok']
		]);
	});

	it('a 单位 column of unit names stays the unit', () => {
		const r = processFile({ name: '明细.csv', bytes: utf8(['年度,地区,单位,活动,指标,数值', '2022,华池县,柔远镇,应急演练,参与（人次）,180', '2022,华池县,场部,应急演练,开展演练（场）,2']) });
		expect(facts(r)).toEqual([
			['F2', '柔远镇', '华池县', 2022, 'drills.participants', 180, 'ok'],
			['F3', '场部', '华池县', 2022, 'drills.events', 2, 'ok']
		]);
	});
});

describe('long-table wording without a measure', () => {
	it.each([
		['应急演练|开展演练', 'drills.events'],
		['应急演练|参与', 'drills.participants'],
		['应急演练|参加', 'drills.participants'],
		['安全宣传咨询日|开展咨询活动', 'consult.events'],
		['安全宣传咨询日|参与', 'consult.participants'],
		['警示教育|组织观看警示教育片', 'warning.film_sessions'],
		// 警示教育 names the education sessions (开展生产安全事故警示教育); films and exhibitions say so (was film_participants).
		['警示教育|参与', 'warning.education_participants']
	])('%s → %s', (label, expected) => {
		expect(matchMetric(label)?.metricId).toBe(expected);
	});

	it('reads them from a CSV', () => {
		const r = processFile({
			name: '明细.csv',
			bytes: utf8(['年度,地区,单位,活动,指标,数值', '2022,华池县,柔远镇,应急演练,开展演练,2', '2022,华池县,柔远镇,应急演练,参与,180', '2022,华池县,柔远镇,安全宣传咨询日,开展咨询活动,3', '2022,华池县,柔远镇,安全宣传咨询日,参与,420'])
		});
		expect(facts(r)).toEqual([
			['F2', '柔远镇', '华池县', 2022, 'drills.events', 2, 'ok'],
			['F3', '柔远镇', '华池县', 2022, 'drills.participants', 180, 'ok'],
			['F4', '柔远镇', '华池县', 2022, 'consult.events', 3, 'ok'],
			['F5', '柔远镇', '华池县', 2022, 'consult.participants', 420, 'ok']
		]);
	});
});

describe('whole-area words in a long table', () => {
	it('全县 in the region cell beside a unit is that unit’s area; 全县 as the unit is a total row', () => {
		const r = processFile({
			name: '明细.csv',
			bytes: utf8([
				'年度,地区,单位,活动,指标,数值',
				'2022,全县,县应急管理局,应急演练,开展演练（场）,4',
				'2022,华池县,柔远镇,应急演练,开展演练（场）,3',
				'2022,,全县,应急演练,开展演练（场）,7'
			])
		});
		expect(facts(r)).toEqual([
			['F2', '县应急管理局', '全县', 2022, 'drills.events', 4, 'ok'],
			['F3', '柔远镇', '华池县', 2022, 'drills.events', 3, 'ok']
		]);
		expect(r.ledger.filter((e) => e.reason === 'total-row').map((e) => e.cell)).toContain('F4');
	});
});

describe('a long table’s year when no column names it', () => {
	it('comes from the 填报日期 line above, or a 填报日期 column, before the file name', () => {
		const above = processFile({ name: '2020年模板.csv', bytes: gbk(['填报单位：华池县柔远镇人民政府    填报日期：2022年6月24日', '活动,指标,数值', '应急演练,开展演练（场）,3']) });
		expect(facts(above)).toEqual([['C3', '华池县柔远镇人民政府', '华池县', 2022, 'drills.events', 3, 'ok']]);
		const column = processFile({ name: '明细.csv', bytes: utf8(['地区,单位,填报日期,活动,指标,数值', '华池县,柔远镇,2022-06-24,应急演练,开展演练（场）,3']) });
		expect(facts(column)).toEqual([['F2', '柔远镇', '华池县', 2022, 'drills.events', 3, 'ok']]);
	});
});

describe('a long table’s 备注 column', () => {
	it('is kept as text in the ledger, not ignored as a key', () => {
		const r = processFile({ name: '明细.csv', bytes: utf8(['年度,地区,单位,活动,指标,数值,备注', '2022,华池县,柔远镇,应急演练,开展演练（场）,3,含线上1场']) });
		expect(facts(r)).toEqual([['F2', '柔远镇', '华池县', 2022, 'drills.events', 3, 'ok']]);
		expect(r.ledger.find((e) => e.cell === 'G2')).toMatchObject({ disposition: 'text', reason: 'note', text: '含线上1场' });
	});
});

describe('a long table whose title names its place', () => {
	it('gives that place as the region of units that name none (.xlsx and GBK CSV)', async () => {
		const rows: (string | number | null)[][] = [
			['华池县2023年安全生产月活动明细'],
			['乡镇', '活动名称', '统计项目', '计量单位', '数量'],
			['柔远镇', '应急演练', '演练场次', '场', 3],
			['悦乐镇', '安全宣传咨询日', '咨询活动场次', '场', 4],
			['庆城县马岭镇', '应急演练', '参演人次', '人次', 90]
		];
		const want = [
			['E3', '柔远镇', '华池县', 2023, 'drills.events', 3, 'ok'],
			['E4', '悦乐镇', '华池县', 2023, 'consult.events', 4, 'ok'],
			// A unit named with its county keeps its own.
			['E5', '庆城县马岭镇', '庆城县', 2023, 'drills.participants', 90, 'ok']
		];
		expect(facts(processFile({ name: '明细.xlsx', bytes: await xlsx(rows) }))).toEqual(want);
		const csv = processFile({ name: '明细.csv', bytes: gbk(rows.map((r) => r.map((v) => v ?? '').join(','))) });
		expect(facts(csv)).toEqual(want);
	});
});
