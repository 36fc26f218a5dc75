/**
 * Activity ledgers (台账; tests/fixtures/ledger-classes.ts) as real .xlsx/.xls/.csv files: each row's 场次 and
 * 参与人数 are its own activity's (named in its 活动类别 column), a unit's several rows are no repeat, free-text
 * columns (活动内容, 地点, a date typed as text) are kept as text without a warning, a 合计 row is no unit.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import { ledgerDefects, unaccountedCells } from '../../src/lib/facts/ledger-summary';
import { sheetsBytes } from '../fixtures/wide-classes';
import { ACTIVITY_HEADERS, LEDGER_UNIT_HEADERS, makeLedgerFile, type LedgerOptions } from '../fixtures/ledger-classes';

async function check(seed: number, fixed: Partial<LedgerOptions>) {
	const f = makeLedgerFile(seed, fixed);
	const bytes = await sheetsBytes(f.sheets, f.options.format);
	const r = processFile({ name: f.name, bytes });
	const about = `${f.name} ${JSON.stringify(f.options)}`;
	expect(r.error, about).toBeNull();
	const got = r.facts.filter((x) => x.metricId).map((x) => `${x.unit}|${x.region}|${x.year}|${x.metricId}|${x.value}`);
	expect(got.sort(), about).toEqual([...f.expected].sort());
	for (const fact of r.facts) expect(fact.unit, about).not.toMatch(/合计/);
	expect(r.problems.filter((p) => ['total.mismatch', 'row.duplicate-unit', 'value.not-a-number', 'row.no-unit'].includes(p.code)), about).toEqual([]);
	const wb = readWorkbook(bytes, f.name);
	for (const sheet of wb.sheets) expect(unaccountedCells(sheet, r.ledger), about).toEqual([]);
	expect(ledgerDefects(wb.sheets, r.ledger), about).toEqual({ duplicated: [], notACell: [] });
	// 活动内容 is kept as text, never lost.
	if (f.options.textColumns) expect(r.ledger.some((e) => e.disposition === 'text'), about).toBe(true);
}

describe('activity ledgers (台账)', () => {
	for (const format of ['xlsx', 'xls', 'csv-bom', 'csv-gbk'] as const)
		it(`every option drawn (${format})`, async () => {
			for (let seed = 1; seed <= 8; seed++) await check(seed, { format });
		});
	for (const activityHeader of ACTIVITY_HEADERS) it(`activity header ${activityHeader}`, () => check(20, { activityHeader, format: 'xlsx' }));
	for (const unitHeader of LEDGER_UNIT_HEADERS) it(`unit header ${unitHeader}`, () => check(21, { unitHeader, format: 'xls', textColumns: true, total: true }));
});
