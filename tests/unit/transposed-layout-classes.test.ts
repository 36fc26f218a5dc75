/**
 * Transposed summary tables (metrics as rows, units as columns; tests/fixtures/transposed-classes.ts) as
 * real .xlsx/.xls/.csv files: every fact with its unit, region (a region row over the units, or the
 * title's), year, metric and value; 小计/合计 columns are never units; every non-empty cell accounted for.
 */
import { describe, expect, it } from 'vitest';
import { expectReadExactly } from '../fixtures/read-exactly';
import { CORNERS, MEASURES, SPANS, TOTAL_COLS, makeTransposedFile, type TransposedOptions } from '../fixtures/transposed-classes';

async function check(seed: number, fixed: Partial<TransposedOptions>) {
	await expectReadExactly(makeTransposedFile(seed, fixed), /合计|总计|小计/, ['total.mismatch']);
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
