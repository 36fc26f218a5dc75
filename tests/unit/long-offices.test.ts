/**
 * Long tables and one-unit tables as other offices lay them out, as real .xlsx/.xls/GBK .csv files: a 小计 in the
 * metric column is never a fact; no 指标 column, what is counted named by an 活动内容 text and a 计量单位; English
 * headers as exported systems write them (County, Town, Indicator, Amount); one unit's metrics down with a single
 * year column (the transposed reader's, the year the column's). Every non-empty cell accounted for.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { ledgerDefects, unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { sheetsBytes } from '../fixtures/sheet-files';
import type { GridValue } from '../fixtures/variants';

interface Case {
	rows: GridValue[][];
	merges?: [number, number, number, number][];
	facts: string[];
}

const CASES: Record<string, Case> = {
	'a 小计 row in the metric column': {
		rows: [
			['华池县2023年安全生产月活动明细'],
			['乡镇', '活动类别', '统计指标', '计量单位', '数量'],
			['柔远镇', '应急演练', '演练场次', '场', 3],
			['柔远镇', '应急演练', '参演人次', '人次', 200],
			['柔远镇', '应急演练', '小计', null, 203],
			['悦乐镇', '安全宣传咨询日', '咨询活动场次', '场', 4]
		],
		facts: ['柔远镇|华池县|2023|drills.events|3', '柔远镇|华池县|2023|drills.participants|200', '悦乐镇|华池县|2023|consult.events|4']
	},
	'no 指标 column: 活动内容 and 计量单位 say what is counted': {
		rows: [
			['华池县2023年安全生产月活动明细'],
			['序号', '乡镇', '活动类别', '活动内容', '数量', '计量单位'],
			[1, '柔远镇', '应急演练', '消防疏散演练', 1, '场'],
			[2, '柔远镇', '应急演练', '消防疏散演练参演', 200, '人次'],
			[3, '悦乐镇', '安全宣传咨询日', '街头咨询', 2, '场']
		],
		facts: ['柔远镇|华池县|2023|drills.events|1', '柔远镇|华池县|2023|drills.participants|200', '悦乐镇|华池县|2023|consult.events|2']
	},
	'English headers of an exported system': {
		rows: [
			['Year', 'County', 'Town', 'Activity', 'Indicator', 'Amount'],
			[2023, '华池县', '柔远镇', '应急演练', '演练场次', 3],
			[2023, '华池县', '柔远镇', '应急演练', '参演人次', 200]
		],
		facts: ['柔远镇|华池县|2023|drills.events|3', '柔远镇|华池县|2023|drills.participants|200']
	},
	'one unit, metrics down, one year column': {
		rows: [
			['华池县柔远镇安全生产月活动情况'],
			['活动项目', '统计指标', '计量单位', '2023年'],
			['应急演练', '演练场次', '场', 3],
			[null, '参演人次', '人次', 200],
			['安全宣传咨询日', '咨询活动', '场', 4]
		],
		merges: [[2, 0, 3, 0]],
		facts: ['华池县柔远镇|华池县|2023|drills.events|3', '华池县柔远镇|华池县|2023|drills.participants|200', '华池县柔远镇|华池县|2023|consult.events|4']
	}
};

/** A merged cell's text on every row it spans (as a CSV export writes it). */
function unmerged(rows: GridValue[][], merges: [number, number, number, number][]): GridValue[][] {
	const out = rows.map((row) => [...row]);
	for (const [r0, c0, r1] of merges) for (let r = r0 + 1; r <= r1; r++) out[r][c0] = rows[r0][c0];
	return out;
}

describe('long and one-unit tables as offices lay them out', () => {
	for (const [name, c] of Object.entries(CASES))
		for (const format of ['xlsx', 'xls', 'csv-gbk'] as const)
			it(`${name} (${format})`, async () => {
				const csv = format.startsWith('csv');
				// A CSV has no merges: the activity written on each of its rows.
				const rows = csv ? unmerged(c.rows, c.merges ?? []) : c.rows;
				const bytes = await sheetsBytes([{ name: '明细', rows, merges: csv ? [] : (c.merges ?? []) }], format);
				const file = `明细.${csv ? 'csv' : format}`;
				const r = processFile({ name: file, bytes });
				expect(r.error).toBeNull();
				expect(r.facts.filter((f) => f.metricId).map((f) => `${f.unit}|${f.region}|${f.year}|${f.metricId}|${f.value}`).sort()).toEqual([...c.facts].sort());
				// Nothing else: no 小计, no header, no year read as a fact.
				expect(r.facts.filter((f) => !f.metricId)).toEqual([]);
				const wb = readWorkbook(bytes, file);
				for (const sheet of wb.sheets) expect(unaccountedCells(sheet, r.ledger)).toEqual([]);
				expect(ledgerDefects(wb.sheets, r.ledger)).toEqual({ duplicated: [], notACell: [] });
			});
});
