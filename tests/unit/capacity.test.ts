/** The page's capacity (ingest/capacity.ts): which files of a batch are admitted, and the limit from the URL. */
import { describe, expect, test } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { splitResult } from '../../src/lib/model/digest';
import { admit, CAPACITY, capacityFrom } from '../../src/lib/ingest/capacity';
import { makeBigWideWorkbook } from '../fixtures/wide';

const read = (rows: number, year: number) => splitResult(processFile({ name: `${year}年汇总.xlsx`, bytes: makeBigWideWorkbook(rows, 8, year) }));

describe('capacity', () => {
	test('admits files in order while the total fits; a file that does not fit is an error with the reason, a later smaller one still fits', () => {
		const [a, big, small] = [read(30, 2020), read(80, 2021), read(5, 2022)];
		const max = a.packed.n + small.packed.n + 3;
		const out = admit([a, big, small], 0, { warn: 1, max });
		expect(out.total).toBe(a.packed.n + small.packed.n);
		expect(out.refused).toEqual(['2021年汇总.xlsx']);
		expect(out.files[0]).toBe(a);
		expect(out.files[2]).toBe(small);
		const refused = out.files[1];
		expect(refused.packed.n).toBe(0);
		expect(refused.digest.file).toBe('2021年汇总.xlsx');
		expect(refused.digest.error?.code).toBe('read.capacity');
		expect(refused.digest.error?.zh).toMatch(/容量上限/);
		expect(refused.digest.error?.en).toMatch(/limit/);
	});

	test('counts what is already loaded', () => {
		const a = read(20, 2020);
		expect(admit([a], 10, { warn: 1, max: a.packed.n + 9 }).refused).toEqual(['2020年汇总.xlsx']);
		expect(admit([a], 10, { warn: 1, max: a.packed.n + 10 }).refused).toEqual([]);
	});

	test('?maxFacts lowers the limit, never raises it; nonsense keeps the default', () => {
		expect(capacityFrom(null)).toEqual(CAPACITY);
		expect(capacityFrom('abc')).toEqual(CAPACITY);
		expect(capacityFrom('-5')).toEqual(CAPACITY);
		expect(capacityFrom(String(CAPACITY.max * 2))).toEqual(CAPACITY);
		expect(capacityFrom('1000')).toEqual({ max: 1000, warn: 500 });
	});
});
