/**
 * Transposed summary tables (metrics as rows, units as columns; tests/fixtures/transposed-classes.ts) as
 * real .xlsx/.xls/.csv files: every fact with its unit, region (a region row over the units, or the
 * title's), year, metric and value; 小计/合计 columns are never units; every non-empty cell accounted for.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { ledgerDefects, unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { sheetsBytes } from '../fixtures/wide-classes';
import { CORNERS, MEASURES, SPANS, TOTAL_COLS, makeTransposedFile, type TransposedOptions } from '../fixtures/transposed-classes';

async function check(seed: number, fixed: Partial<TransposedOptions>) {
	const f = makeTransposedFile(seed, fixed);
	const bytes = await sheetsBytes(f.sheets, f.options.format);
	const r = processFile({ name: f.name, bytes });
	const about = `${f.name} ${JSON.stringify(f.options)}`;
	expect(r.error, about).toBeNull();
	const got = r.facts.filter((x) => x.metricId).map((x) => `${x.unit}|${x.region}|${x.year}|${x.metricId}|${x.value}`);
	expect(got.sort(), about).toEqual([...f.expected].sort());
	for (const fact of r.facts) expect(fact.unit, about).not.toMatch(/合计|总计|小计/);
	expect(r.problems.filter((p) => p.code === 'total.mismatch'), about).toEqual([]);
	const wb = readWorkbook(bytes, f.name);
	for (const sheet of wb.sheets) expect(unaccountedCells(sheet, r.ledger), `${about} ${sheet.name}`).toEqual([]);
	expect(ledgerDefects(wb.sheets, r.ledger), about).toEqual({ duplicated: [], notACell: [] });
}

const each = <T extends string>(name: keyof TransposedOptions, values: readonly T[]) =>
	describe(name, () => {
		for (const v of values)
			for (const format of ['xlsx', 'xls', 'csv-gbk'] as const)
				it(`${v} (${format})`, async () => {
					for (const seed of [1, 2, 3, 4]) await check(seed * 17 + values.indexOf(v), { [name]: v, format } as Partial<TransposedOptions>);
				});
	});

describe('transposed summary-table layout classes', () => {
	each('corner', CORNERS);
	each('measure', MEASURES);
	each('span', SPANS);
	each('totalCols', TOTAL_COLS);
	it('every option drawn', async () => {
		for (let seed = 500; seed < 530; seed++) await check(seed, {});
	});
});
