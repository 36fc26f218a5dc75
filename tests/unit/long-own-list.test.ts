/**
 * One unit's own list, one number per row (`类别 | 统计项目 | 计量单位 | 数量` and how other offices word it), with no
 * column naming the unit: the unit and date come from the 填报单位/填报日期 line — above the table, or signing it
 * below (one merged cell, a cell per field, or labels with their values in the next cells). Answers typed as the
 * form's boxes (☑是 □否, 是√) are yes/no; boxes left as printed (□是 □否) are no answer, never 0. Each member as a
 * real .xlsx (exceljs) and .xls (SheetJS). Such files yielded nothing: every row had "no unit".
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { sheetsBytes } from '../fixtures/sheet-files';
import type { GridValue } from '../fixtures/variants';

const HEADERS = [
	['类别', '统计项目', '计量单位', '数量'],
	['活动类别', '指标名称', '单位', '数值'],
	['项目类别', '统计内容', '计量单位', '完成数'],
	['序号', '活动', '指标', '计量单位', '数量']
] as const;
const FILING = ['below-one-cell', 'below-cells', 'below-label-value', 'above'] as const;
const CATEGORY = ['merged', 'repeated', 'once'] as const;
const UNIT = '青川县水务集团第三分公司';

/** category, item, measure, metric (null: the schema has none). */
const ROWS: [string, string, string, string | null][] = [
	['学习教育', '中心组集中学习（次）', '次', 'study.group_sessions'],
	['学习教育', '中心组学习参加人次', '人次', 'study.group_participants'],
	['警示教育', '组织观看警示教育片（场）', '场', 'warning.film_sessions'],
	['警示教育', '观看警示教育片（人次）', '人次', 'warning.film_participants'],
	['隐患排查', '排查发现安全隐患（处）', '处', 'rectification.hazards_found'],
	['隐患排查', '发放宣传资料（份）', '份', null],
	['应急演练', '开展应急演练（场）', '场', 'drills.events'],
	['应急演练', '参加演练（人次）', '人次', 'drills.participants']
];

function ownList(seed: number) {
	// Every header with every filing line, the category drawn in turn.
	const header = HEADERS[seed % HEADERS.length];
	const filing = FILING[Math.floor(seed / HEADERS.length) % FILING.length];
	const category = CATEGORY[seed % CATEGORY.length];
	const numbered = header[0] === '序号';
	const lead = numbered ? 1 : 0;
	const width = header.length;
	const rows: GridValue[][] = [['2024年“安全生产月”活动情况表']];
	const merges: [number, number, number, number][] = [[0, 0, 0, width - 1]];
	const line = `填报单位（盖章）：${UNIT}      填报日期：2024年6月26日`;
	if (filing === 'above') rows.push([line]);
	rows.push([...header]);
	const want: Record<number, string | null> = {};
	let v = 20 + seed;
	const first = rows.length;
	ROWS.forEach(([cat, item, measure, metric], i) => {
		v += 7 + (i % 3);
		want[v] = metric;
		const shown = category === 'repeated' || i === 0 || ROWS[i - 1][0] !== cat ? cat : null;
		rows.push([...(numbered ? [i + 1] : []), shown, item, measure, v]);
	});
	if (category === 'merged')
		for (let i = 0; i < ROWS.length; ) {
			let j = i;
			while (j + 1 < ROWS.length && ROWS[j + 1][0] === ROWS[i][0]) j++;
			if (j > i) merges.push([first + i, lead, first + j, lead]);
			i = j + 1;
		}
	// Yes/no rows: ticked, written after, and left as printed (no answer).
	rows.push([...(numbered ? [9] : []), '组织保障', '是否将安全月纳入年度工作计划', '是/否', '☑是  □否']);
	rows.push([...(numbered ? [10] : []), '组织保障', '是否建立部门协调机制', '是/否', '是√']);
	rows.push([...(numbered ? [11] : []), '组织保障', '是否制定活动路线图', '是/否', '□是  □否']);
	rows.push([]);
	if (filing === 'below-one-cell') {
		rows.push([line]);
		merges.push([rows.length - 1, 0, rows.length - 1, width - 1]);
	} else if (filing === 'below-cells') rows.push([`填报单位（盖章）：${UNIT}`, null, `填报日期：2024年6月26日`]);
	else if (filing === 'below-label-value') rows.push(['填报单位：', UNIT, '填报日期：', '2024年6月26日']);
	rows.push(['填表说明：本表由各单位于6月28日前报送。']);
	if (filing === 'above') merges.push([1, 0, 1, width - 1]);
	return { about: `${header.join('|')}, filing ${filing}, category ${category}`, sheet: { name: 'Sheet1', rows, merges }, want };
}

describe('one unit’s own list, one number per row, the unit signed above or below', () => {
	for (let seed = 0; seed < HEADERS.length * FILING.length; seed++) {
		const f = ownList(seed);
		for (const format of ['xlsx', 'xls'] as const)
			it(`${f.about} (.${format})`, async () => {
				const bytes = await sheetsBytes([f.sheet], format);
				const r = processFile({ name: `情况表.${format}`, bytes });
				expect(r.error).toBeNull();
				const numbers = r.facts.filter((x) => !x.label.includes('是否'));
				expect(Object.fromEntries(numbers.map((x) => [x.value, x.status === 'ok' ? x.metricId : null]))).toEqual(f.want);
				// Two answers read (1 and 1), the untouched boxes no fact.
				expect(r.facts.filter((x) => x.label.includes('是否')).map((x) => x.value)).toEqual([1, 1]);
				expect(r.filings.map((x) => [x.unit, x.filedOn, x.year])).toEqual([[UNIT, '2024-06-26', 2024]]);
				expect(r.problems.filter((p) => p.code === 'row.no-unit')).toEqual([]);
				for (const s of readWorkbook(bytes, `情况表.${format}`).sheets) expect(unaccountedCells(s, r.ledger)).toEqual([]);
			});
	}

	it('with no unit anywhere, each row still says why it was not counted', async () => {
		const f = ownList(4);
		const rows = f.sheet.rows.filter((row) => !String(row[0] ?? '').startsWith('填报单位'));
		const r = processFile({ name: '情况表.xlsx', bytes: await sheetsBytes([{ ...f.sheet, rows, merges: f.sheet.merges.filter(([r0]) => r0 < 2) }], 'xlsx') });
		expect(r.facts).toEqual([]);
		expect(r.problems.filter((p) => p.code === 'row.no-unit').length).toBeGreaterThan(0);
	});
});
