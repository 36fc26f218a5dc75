/**
 * Several units' forms on one sheet, one under the other, each with its own 填报单位 line and header: each unit's
 * figures are its own (read as one form, every figure went to the first unit). Members: two or three forms, a title
 * over each or not, blank rows between or not, the filing line in one cell or as label | value cells, a footnote
 * under a form — as .xlsx and .xls. A header repeated with no 填报单位 line of its own is the same form's.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { sheetsBytes } from '../fixtures/sheet-files';

const UNITS = ['东河县应急管理局', '东河县交通运输局', '东河县教育局'];
type Row = (string | number | null)[];

function form(unit: string, v: number, seed: number): Row[] {
	const rows: Row[] = [];
	if (seed % 2 === 0) rows.push(['2023年“安全生产月”活动进展情况统计表', null, null]);
	rows.push(seed % 3 === 0 ? ['填报单位：', unit, '填报日期：2023年6月25日'] : [`填报单位：${unit}    填报日期：2023年6月25日`, null, null]);
	rows.push(['活动项目', '内容要求', '进展情况']);
	rows.push(['应急演练', '开展演练（ ）场，参与（ ）人次', `开展演练（${v}）场，参与（${v * 10}）人次`]);
	rows.push(['警示教育', '组织观看警示教育片（ ）场', `组织观看警示教育片（${v + 1}）场`]);
	if (seed % 4 === 1) rows.push(['注：请如实填写。', null, null]);
	if (seed % 2 === 1) rows.push([]);
	return rows;
}

describe('forms stacked on one sheet', () => {
	for (let seed = 0; seed < 6; seed++) {
		const n = 2 + (seed % 2);
		const rows = UNITS.slice(0, n).flatMap((u, i) => form(u, 3 + i * 4, seed));
		for (const format of ['xlsx', 'xls'] as const)
			it(`${n} forms, seed ${seed} (.${format})`, async () => {
				const bytes = await sheetsBytes([{ name: 'Sheet1', rows, merges: [] }], format);
				const r = processFile({ name: `汇编.${format}`, bytes });
				expect(r.error).toBeNull();
				expect(r.filings.map((f) => f.unit)).toEqual(UNITS.slice(0, n));
				const got = r.facts.map((f) => [f.unit, f.metricId, f.value]);
				const want = UNITS.slice(0, n).flatMap((u, i) => [
					[u, 'drills.events', 3 + i * 4],
					[u, 'drills.participants', (3 + i * 4) * 10],
					[u, 'warning.film_sessions', 4 + i * 4]
				]);
				expect(got).toEqual(want);
				for (const s of readWorkbook(bytes, `汇编.${format}`).sheets) expect(unaccountedCells(s, r.ledger)).toEqual([]);
			});
	}

	it('a header repeated with no filing line of its own stays the same form', async () => {
		const rows = form(UNITS[0], 3, 2);
		rows.push(['活动项目', '内容要求', '进展情况'], ['宣传咨询', '开展咨询活动（ ）场', '开展咨询活动（9）场']);
		const r = processFile({ name: '续表.xlsx', bytes: await sheetsBytes([{ name: 'Sheet1', rows, merges: [] }], 'xlsx') });
		expect(r.filings.map((f) => f.unit)).toEqual([UNITS[0]]);
		expect(r.facts.find((f) => f.value === 9)?.unit).toBe(UNITS[0]);
	});
});
