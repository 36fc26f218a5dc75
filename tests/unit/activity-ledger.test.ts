/**
 * Activity ledgers (台账; tests/fixtures/ledger-classes.ts) as real .xlsx/.xls/.csv files: each row's 场次 and
 * 参与人数 are its own activity's (named in its 活动类别 column), a unit's several rows are no repeat, free-text
 * columns (活动内容, 地点, a date typed as text) are kept as text without a warning, a 合计 row is no unit.
 */
import { describe, expect, it } from 'vitest';
import { expectReadExactly } from '../fixtures/read-exactly';
import { ACTIVITY_HEADERS, LEDGER_UNIT_HEADERS, makeLedgerFile, type LedgerOptions } from '../fixtures/ledger-classes';

async function check(seed: number, fixed: Partial<LedgerOptions>) {
	const f = makeLedgerFile(seed, fixed);
	const { r, about } = await expectReadExactly(f, /合计/, ['total.mismatch', 'row.duplicate-unit', 'value.not-a-number', 'row.no-unit']);
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
