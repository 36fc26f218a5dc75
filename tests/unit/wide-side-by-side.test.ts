/**
 * Summary tables printed side by side under one header row, as real .xlsx/.xls/GBK .csv files: a long list of
 * townships in two halves (乡镇 | 演练 | 参演 | 乡镇 | 演练 | 参演, with or without a blank column or 序号 between),
 * or two years beside each other (2022年 over the left half, 2023年 over the right). Each half's figures are its own
 * rows' units' and its own year's; a 合计 under a half is no unit; every non-empty cell is accounted for.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { ledgerDefects, unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { rng } from '../fixtures/forms';
import { sheetsBytes } from '../fixtures/sheet-files';
import { COUNTIES } from '../fixtures/wide-words';
import type { GridValue } from '../fixtures/variants';

interface Options {
	halves: 'list' | 'years';
	gap: boolean;
	rowNumbers: boolean;
	total: boolean;
	format: 'xlsx' | 'xls' | 'csv-gbk';
}

const METRICS = [
	{ id: 'drills.events', head: '应急演练（场）' },
	{ id: 'drills.participants', head: '参演人次' },
	{ id: 'consult.events', head: '开展咨询活动（场）' }
];

function make(o: Options, seed: number) {
	const r = rng(seed);
	const towns = COUNTIES.flatMap(([, t]) => t).slice(0, 6);
	const county = '庆阳市';
	const half = (o.rowNumbers ? 1 : 0) + 1 + METRICS.length;
	const stride = half + (o.gap ? 1 : 0);
	const width = stride + half;
	const rows: GridValue[][] = [[`${county}${o.halves === 'list' ? '2023年' : ''}安全生产月活动统计表`]];
	const merges: [number, number, number, number][] = [[0, 0, 0, width - 1]];
	if (o.halves === 'years') {
		const line: GridValue[] = Array(width).fill(null);
		line[0] = '2022年';
		line[stride] = '2023年';
		rows.push(line);
		merges.push([1, 0, 1, half - 1], [1, stride, 1, stride + half - 1]);
	}
	const header: GridValue[] = Array(width).fill(null);
	for (const at of [0, stride]) {
		let c = at;
		if (o.rowNumbers) header[c++] = '序号';
		header[c++] = '乡镇';
		for (const m of METRICS) header[c++] = m.head;
	}
	rows.push(header);
	// Left and right: the list's two halves, or the same towns in two years (in another order).
	const left = o.halves === 'list' ? towns.slice(0, 3) : towns;
	const right = o.halves === 'list' ? towns.slice(3) : [...towns].reverse();
	const years = o.halves === 'list' ? [2023, 2023] : [2022, 2023];
	const expected: string[] = [];
	const sums = [METRICS.map(() => 0), METRICS.map(() => 0)];
	const body = Math.max(left.length, right.length);
	for (let i = 0; i < body; i++) {
		const row: GridValue[] = Array(width).fill(null);
		[left, right].forEach((list, side) => {
			const town = list[i];
			if (!town) return;
			let c = side * stride;
			if (o.rowNumbers) row[c++] = side * left.length + i + 1;
			row[c++] = town;
			METRICS.forEach((m, k) => {
				const v = Math.floor(r() * (m.id.endsWith('participants') ? 900 : 30));
				row[c++] = v;
				sums[side][k] += v;
				expected.push(`${town}|${years[side]}|${m.id}|${v}`);
			});
		});
		rows.push(row);
	}
	if (o.total) {
		const row: GridValue[] = Array(width).fill(null);
		for (const side of [0, 1]) {
			let c = side * stride + (o.rowNumbers ? 1 : 0);
			row[c++] = '合计';
			sums[side].forEach((s) => (row[c++] = s));
		}
		rows.push(row);
	}
	const csv = o.format === 'csv-gbk';
	return { sheets: [{ name: '汇总', rows, merges: csv ? [] : merges }], expected };
}

describe('summary tables printed side by side', () => {
	let seed = 1;
	for (const halves of ['list', 'years'] as const)
		for (const gap of [false, true])
			for (const rowNumbers of [false, true])
				for (const format of ['xlsx', 'xls', 'csv-gbk'] as const) {
					const o: Options = { halves, gap, rowNumbers, total: (seed & 1) === 1, format };
					const s = seed++;
					it(JSON.stringify(o), async () => {
						const f = make(o, s);
						const bytes = await sheetsBytes(f.sheets, format);
						const name = `并排统计.${format === 'csv-gbk' ? 'csv' : format}`;
						const r = processFile({ name, bytes });
						expect(r.error).toBeNull();
						expect(r.facts.filter((x) => x.metricId).map((x) => `${x.unit}|${x.year}|${x.metricId}|${x.value}`).sort()).toEqual([...f.expected].sort());
						expect(r.facts.some((x) => x.unit === '合计')).toBe(false);
						expect(r.problems.filter((p) => ['total.mismatch', 'row.no-unit', 'row.duplicate-unit', 'year.unknown'].includes(p.code))).toEqual([]);
						const wb = readWorkbook(bytes, name);
						for (const sheet of wb.sheets) expect(unaccountedCells(sheet, r.ledger)).toEqual([]);
						expect(ledgerDefects(wb.sheets, r.ledger)).toEqual({ duplicated: [], notACell: [] });
					});
				}
});
