/**
 * One unit's table with metrics down and years across (`指标 | 2023年 | 2022年`, `项目 | 本年 | 上年同期 | 增减`),
 * as real .xlsx/.xls/.csv files: the unit is the table's (its 填报单位 line, else its title), never a year; each
 * column is its year's; last year beside this year's is kept unmapped under its own year; 增减 is no fact.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { ledgerDefects, unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { sheetsBytes } from '../fixtures/sheet-files';
import type { GridValue } from '../fixtures/variants';

const METRICS = [
	{ id: 'drills.events', name: '应急演练', measure: '场' },
	{ id: 'drills.participants', name: '应急演练参演人次', measure: '人次' },
	{ id: 'consult.events', name: '开展咨询活动', measure: '场' },
	{ id: 'rectification.hazards_found', name: '排查隐患', measure: '处' }
];

type Across = 'years' | 'this-last';
function table(across: Across, measureCol: boolean, filingLine: boolean): { rows: GridValue[][]; expected: string[]; unmapped: string[] } {
	const rows: GridValue[][] = [[across === 'years' ? '柔远镇安全生产月活动情况统计表' : '柔远镇2023年安全生产月活动情况对比表']];
	if (filingLine) rows.push(['填报单位：柔远镇人民政府', null, '填报日期：2023年7月2日']);
	const unit = filingLine ? '柔远镇人民政府' : '柔远镇';
	const heads = across === 'years' ? ['2023年', '2022年'] : ['本年', '上年同期', '增减'];
	rows.push(['指标', ...(measureCol ? ['计量单位'] : []), ...heads]);
	const expected: string[] = [];
	const unmapped: string[] = [];
	METRICS.forEach((m, i) => {
		const now = 10 + i * 7;
		const before = 3 + i * 5;
		const name = measureCol ? m.name : `${m.name}（${m.measure}）`;
		rows.push([name, ...(measureCol ? [m.measure] : []), now, before, ...(across === 'this-last' ? [now - before] : [])]);
		expected.push(`${unit}|2023|${m.id}|${now}`);
		if (across === 'years') expected.push(`${unit}|2022|${m.id}|${before}`);
		else unmapped.push(`${unit}|2022|${before}`);
	});
	return { rows, expected, unmapped };
}

describe('one unit, metrics down and years across', () => {
	for (const across of ['years', 'this-last'] as const)
		for (const measureCol of [false, true])
			for (const filingLine of [false, true])
				for (const format of ['xlsx', 'xls', 'csv-gbk'] as const)
					it(`${across}, 计量单位 ${measureCol}, 填报单位 ${filingLine} (${format})`, async () => {
						const t = table(across, measureCol, filingLine);
						const bytes = await sheetsBytes([{ name: '统计表', rows: t.rows, merges: [] }], format);
						const name = `柔远镇安全月统计.${format.startsWith('csv') ? 'csv' : format}`;
						const r = processFile({ name, bytes });
						expect(r.error).toBeNull();
						expect(r.facts.filter((f) => f.metricId).map((f) => `${f.unit}|${f.year}|${f.metricId}|${f.value}`).sort()).toEqual(t.expected.sort());
						expect(r.facts.filter((f) => !f.metricId).map((f) => `${f.unit}|${f.year}|${f.value}`).sort()).toEqual(t.unmapped.sort());
						for (const f of r.facts) expect(f.unit).not.toMatch(/年|增减/);
						const wb = readWorkbook(bytes, name);
						for (const sheet of wb.sheets) expect(unaccountedCells(sheet, r.ledger)).toEqual([]);
						expect(ledgerDefects(wb.sheets, r.ledger)).toEqual({ duplicated: [], notACell: [] });
					});
});
