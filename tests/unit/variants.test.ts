import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { ledgerDefects, unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { ALL_VARIANTS, gridWorkbook } from '../fixtures/variants';

describe('layout variants', () => {
	for (const v of ALL_VARIANTS)
		it(v.name, async () => {
			const bytes = await v.bytes();
			const r = processFile({ name: v.file, bytes });
			expect(r.error).toBeNull();
			expect(r.sheets.map((s) => s.shape)).toContain(v.shape);

			const got = r.facts.map((f) => ({ unit: f.unit, region: f.region, year: f.year, metricId: f.metricId, value: f.value, ...(f.metricId ? {} : { label: f.label }) }));
			const key = (f: { unit: string; metricId: string | null; value: number | null }) => `${f.unit}|${f.metricId}|${f.value}`;
			const sort = <T extends { unit: string; metricId: string | null; value: number | null }>(xs: T[]) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
			expect(sort(got)).toEqual(sort(v.facts));
			for (const f of r.facts) if (f.metricId === null) expect(f.status).toBe('unmapped');
			// Nothing to warn about in a clean file; a sheet with a second table says so (info).
			expect(r.problems.filter((p) => p.level !== 'info').map((p) => p.en)).toEqual([]);
			if (/second (table|year)/.test(v.name)) expect(r.problems.map((p) => p.code)).toContain('wide.more-tables');
			if (v.filedOn) expect(r.filings.map((f) => f.filedOn)).toEqual(r.filings.map(() => v.filedOn));

			// Every non-empty cell is in the ledger exactly once; every fact points at a cell of its sheet.
			const wb = readWorkbook(bytes, v.file);
			for (const sheet of wb.sheets) expect(unaccountedCells(sheet, r.ledger), sheet.name).toEqual([]);
			expect(ledgerDefects(wb.sheets, r.ledger)).toEqual({ duplicated: [], notACell: [] });
			const factCells = new Set(r.ledger.filter((e) => e.disposition === 'fact' || e.disposition === 'unmapped').map((e) => `${e.sheet}!${e.cell}`));
			for (const f of r.facts) expect(factCells, `${f.sheet}!${f.cell}`).toContain(`${f.sheet}!${f.cell}`);
		});
});

describe('transposed tables: what is not read is said', () => {
	it('warns about a number in a row without a metric name, and keeps the cell in the ledger', async () => {
		const bytes = await gridWorkbook([
			{
				sheetName: '2023',
				rows: [
					['2023年安全生产月活动统计表'],
					['指标', '柔远镇', '悦乐镇'],
					['开展安全宣传咨询活动（场）', 3, 1],
					[null, 5, 6]
				]
			}
		]);
		const r = processFile({ name: 'x.xlsx', bytes });
		expect(r.facts.map((f) => [f.unit, f.metricId, f.value, f.cell])).toEqual([
			['柔远镇', 'consult.events', 3, 'B3'],
			['悦乐镇', 'consult.events', 1, 'C3']
		]);
		expect(r.problems.filter((p) => p.code === 'row.no-metric').map((p) => p.cell)).toEqual(['B4', 'C4']);
		expect(r.ledger.filter((e) => e.reason === 'no-header').map((e) => e.cell)).toEqual(['B4', 'C4']);
	});
});
