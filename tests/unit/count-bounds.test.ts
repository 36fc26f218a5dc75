/**
 * Values that cannot be counts are refused with a reason; counts far above what a unit of
 * that kind reports get a check warning (issue 17). Real workbooks (exceljs) through processFile.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import { runChecks } from '../../src/lib/checks/index';
import { unitLevel } from '../../src/lib/checks/implausible';
import { quirkForm, CONSULT } from '../fixtures/form-quirks';

async function summary(rows: [string, string, number | string][]): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('汇总');
	ws.addRow(['2023年“安全生产月”活动汇总表']);
	ws.addRow(['单位', '县区', '安全宣传咨询日参与人次', '排查整治安全风险隐患（个）']);
	for (const [unit, region, v] of rows) ws.addRow([unit, region, v, 3]);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('values that cannot be counts', () => {
	it('above 10^12 (an ID number pasted as a number, 1.5E+13): refused, named, filed as ignored; the row’s other values stay', async () => {
		const r = processFile({ name: '汇总.xlsx', bytes: await summary([['柔远镇', '华池县', 6.2e17], ['悦乐镇', '华池县', 1.5e13], ['城壕镇', '华池县', 999_999_999_999]]) });
		expect(r.error).toBeNull();
		expect(r.facts.filter((f) => f.metricId === 'consult.participants').map((f) => [f.unit, f.value])).toEqual([['城壕镇', 999_999_999_999]]);
		expect(r.facts.filter((f) => f.metricId === 'rectification.hazards_found')).toHaveLength(3);
		const refused = r.problems.filter((p) => p.code === 'value.not-a-count');
		expect(refused.map((p) => [p.cell, p.level])).toEqual([
			['C3', 'warning'],
			['C4', 'warning']
		]);
		expect(refused[0].zh).toContain('超过 10^12');
		expect(refused[0].en).toContain('cannot be a count');
		for (const cell of ['C3', 'C4']) expect(r.ledger.find((e) => e.cell === cell)).toMatchObject({ disposition: 'ignored', reason: 'not-a-count' });
	});

	it('in a form clause: the one slot is refused, the clause’s other slot is read', async () => {
		const bytes = await quirkForm({ rows: [{ activity: '安全宣传咨询日', requirement: CONSULT, progress: '开展安全宣传咨询活动（2）场，参与（3000000000000000）人次' }] });
		const r = processFile({ name: 'form.xlsx', bytes });
		expect(r.facts.map((f) => [f.metricId, f.value])).toEqual([['consult.events', 2]]);
		expect(r.problems.map((p) => p.code)).toContain('value.not-a-count');
		expect(r.ledger.find((e) => e.cell === 'C4')?.disposition).toBe('fact');
	});
});

describe('counts far above what a unit of that kind reports', () => {
	it('reads the level from the unit’s name', () => {
		expect(['正宁县山河镇人民政府', '柔远镇', '宝平市场监管所', '海城市腾鳌镇人民政府', '城管局', '某某建设集团有限公司', '南梁中学'].map(unitLevel)).toEqual(Array(7).fill('grassroots'));
		expect(['华池县', '镇原县', '华池县应急管理局', '宝坻区'].map(unitLevel)).toEqual(Array(4).fill('county'));
		expect(['庆阳市', '庆阳市应急管理局'].map(unitLevel)).toEqual(['city', 'city']);
		expect(['甘肃省', '甘肃省应急管理厅'].map(unitLevel)).toEqual(['province', 'province']);
	});

	it('a township with two million participants gets a warning; a county with the same does not', async () => {
		const r = processFile({ name: '汇总.xlsx', bytes: await summary([['柔远镇', '华池县', 2_000_000], ['华池县', '华池县', 2_000_000], ['悦乐镇', '华池县', 4000]]) });
		const checks = runChecks(resolveFilings([r]), [r]).filter((c) => c.code === 'value.implausible');
		expect(checks.map((c) => [c.unit, c.sources[0].cell, c.level])).toEqual([['柔远镇', 'C3', 'warning']]);
		expect(checks[0].zh).toContain('一个基层单位');
		expect(checks[0].rule.zh).toContain('多写了零');
	});
});
