/**
 * Whole summary-table files in each layout class other offices use (tests/fixtures/wide-classes.ts), as
 * real .xlsx/.xls/.csv files: every fact the file holds is read with its unit, region, year, metric and
 * value; nothing else is mapped; a 小计/合计 row is never a unit; every non-empty cell is accounted for.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { ledgerDefects, unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { FORMATS } from '../fixtures/sheet-files';
import { NUMBERS, REGION_HEADERS, UNIT_HEADERS } from '../fixtures/wide-words';
import { HEADERS, QUIRKS, REGIONS, TOTALS, YEARS, type WideOptions } from '../fixtures/wide-options';
import { makeWideFile, wideBytes } from '../fixtures/wide-classes';

const SEEDS = [1, 2, 3];

async function check(seed: number, fixed: Partial<WideOptions>) {
	const f = makeWideFile(seed, fixed);
	const bytes = await wideBytes(f);
	const r = processFile({ name: f.name, bytes });
	const about = `${f.name} ${JSON.stringify(f.options)}`;
	expect(r.error, about).toBeNull();
	const got = r.facts.filter((x) => x.metricId).map((x) => `${x.unit}|${x.region}|${x.year}|${x.metricId}|${x.value}`);
	expect(got.sort(), about).toEqual([...f.expected].sort());
	expect(r.problems.filter((p) => p.code === 'total.mismatch' || p.code === 'row.no-unit' || p.code === 'year.unknown'), about).toEqual([]);
	const units = new Set(r.facts.map((x) => x.unit));
	for (const t of f.totalLabels) expect(units.has(t.replace(/\s/g, '')), about).toBe(false);
	const wb = readWorkbook(bytes, f.name);
	for (const sheet of wb.sheets) expect(unaccountedCells(sheet, r.ledger), `${about} ${sheet.name}`).toEqual([]);
	expect(ledgerDefects(wb.sheets, r.ledger)).toEqual({ duplicated: [], notACell: [] });
	return r;
}

const each = <T extends string>(name: keyof WideOptions, values: readonly T[], formats: readonly WideOptions['format'][] = ['xlsx', 'xls', 'csv-bom']) =>
	describe(`${name}`, () => {
		for (const v of values)
			for (const format of formats)
				it(`${v} (${format})`, async () => {
					for (const seed of SEEDS) await check(seed * 31 + values.indexOf(v), { [name]: v, format } as Partial<WideOptions>);
				});
	});

describe('summary-table layout classes', () => {
	each('header', HEADERS);
	each('region', REGIONS);
	each('totals', TOTALS);
	each('years', YEARS);
	each('numbers', NUMBERS);
	describe('quirks', () => {
		for (const quirk of QUIRKS)
			it(quirk, async () => {
				// A unit written once over its years needs a 年度 column.
				const years = quirk === 'unit-merged-over-years' ? ({ years: 'year-column' } as const) : {};
				for (const seed of SEEDS) for (const format of ['xlsx', 'xls', 'csv-gbk'] as const) await check(seed + 300, { quirks: [quirk], format, ...years });
			});
	});
	describe('key headers as offices word them', () => {
		for (const regionHeader of REGION_HEADERS) it(`region ${regionHeader}`, () => check(400, { regionHeader, region: 'repeated', format: 'xlsx' }));
		for (const unitHeader of UNIT_HEADERS) it(`unit ${unitHeader}`, () => check(401, { unitHeader, region: 'merged', format: 'xls' }));
	});
	describe('a unit column named by what it holds, not its header', () => {
		// No header, 名称, or a split corner naming both ways: the column of place names is the units'.
		for (const unitHeader of ['', '名称', '项目＼乡镇', '项目\n乡镇', '指标/单位'])
			for (const format of ['xlsx', 'xls', 'csv-gbk'] as const)
				it(`${JSON.stringify(unitHeader)} (${format})`, async () => {
					for (const seed of SEEDS) for (const region of ['merged', 'group-rows', 'none'] as const) await check(seed + 500, { unitHeader, region, format });
				});
	});
	describe('formats, every option drawn', () => {
		for (const format of FORMATS)
			it(format, async () => {
				for (let seed = 100; seed < 110; seed++) await check(seed, { format });
			});
	});
	describe('extras', () => {
		for (const extra of [{ totalColumn: true }, { notes: true }, { filingLines: true }, { blanks: true }, { rowNumbers: true }, { extraSheets: ['instructions-before'] }, { extraSheets: ['instructions-after'] }, { extraSheets: ['cover'] }, { extraSheets: ['hidden'] }] as Partial<WideOptions>[])
			it(JSON.stringify(extra), async () => {
				for (const seed of SEEDS) for (const format of ['xlsx', 'xls'] as const) await check(seed + 200, { ...extra, format });
			});
	});
});
