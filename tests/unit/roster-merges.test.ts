/**
 * Unit merges accepted in 检查 are applied before roster matching: a unit that
 * wrote its name two ways (永和镇 for the interim form, 永和真 for the final)
 * and was merged by the user is one roster unit, whichever way the merge goes;
 * statuses, completion and the 催报 list follow. Real forms (exceljs) read by
 * the product's own pipeline; the merge proposal is the 检查 tab's own.
 */
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/lib/pipeline';
import type { FileResult } from '../../src/lib/facts/fact';
import { readWorkbook } from '../../src/lib/read/index';
import { proposeUnitMerges } from '../../src/lib/checks/index';
import { chaseText, completionOf, emptyRoster, rosterFromWorkbook, rosterState, setDeadlines, setYearUnits, type FiledFile, type Roster } from '../../src/lib/roster/index';
import { FINAL_DUE, INTERIM_DUE, OFF_ROSTER_UNIT, ROUND_YEAR, rosterLines, rosterXlsx, sentFiles, type RosterLine } from '../fixtures/roster';
import { makeFormWorkbook, randomValues, rng } from '../fixtures/forms';

const lines = rosterLines();
const TOWN = '永和镇';
const TYPO = '永和真';
const line = lines.find((l) => l.name === TOWN)!;

async function round(): Promise<{ roster: Roster; files: FileResult[] }> {
	const units = rosterFromWorkbook(readWorkbook(await rosterXlsx(lines), '名单.xlsx')).units;
	const roster = setDeadlines(setYearUnits(emptyRoster(), ROUND_YEAR, units), ROUND_YEAR, { interimDue: INTERIM_DUE, finalDue: FINAL_DUE });
	const files = (await sentFiles(lines)).map((f) => processFile(f));
	// 永和镇 sent its interim form as 永和镇; its final form names it 永和真 (a slip of the pen).
	const f = await makeFormWorkbook({ unit: TYPO, year: ROUND_YEAR, filedOn: '2024-06-20', template: '2021', values: randomValues('2021', rng(77)), layout: { headerLine: 'merged' }, contact: '钱干事', phone: '13912345678', fileName: `${line.region}${TYPO}安全生产月统计表（终报）.xlsx` });
	files.push(processFile({ name: f.fileName, bytes: f.bytes }));
	return { roster, files };
}

const statusOf = (state: ReturnType<typeof rosterState>, name: string) => state.statuses.find((s) => s.unit.name === name)!;
const owing = (ls: RosterLine[]) => ls.filter((l) => l.plan === 'missing' || l.plan === 'interim' || l.plan === 'unreadable');

describe('unit merges before roster matching', () => {
	it('without the merge the final form is 名单外 and 永和镇 owes its final form; with it (as 检查 proposes it) 永和镇 has filed', async () => {
		const { roster, files } = await round();
		const before = rosterState(roster, files);
		expect(statusOf(before, TOWN).status).toBe('interim');
		expect(before.offRoster.map((o) => o.filer).sort()).toEqual([OFF_ROSTER_UNIT, TYPO].sort());
		expect(chaseText(before.statuses, ROUND_YEAR)).toContain(`${line.region} ${TOWN}（已报中期，未报终报）`);

		// The 检查 tab's proposal for the two spellings (whichever it keeps), accepted as the page stores it.
		const proposal = proposeUnitMerges(files.flatMap((r) => r.facts)).find((p) => [p.from, p.to].sort().join() === [TOWN, TYPO].sort().join());
		expect(proposal).toBeDefined();
		const accepted = [{ from: proposal!.from, to: proposal!.to, region: proposal!.region }];
		const after = rosterState(roster, files, { merges: accepted });
		const s = statusOf(after, TOWN);
		expect(s.status).toBe('final');
		expect(s.filings.map((f) => [f.filer, f.kind])).toEqual([
			[TOWN, 'interim'],
			[TYPO, 'final']
		]);
		expect([s.contact, s.phone]).toEqual(['钱干事', '13912345678']);
		expect(after.offRoster.map((o) => o.filer)).toEqual([OFF_ROSTER_UNIT]);
		const c = completionOf(after.statuses, ROUND_YEAR);
		expect([c.total, c.reported, c.counts.final, c.counts.interim]).toEqual([30, 18, 15, 2]);
		const text = chaseText(after.statuses, ROUND_YEAR);
		expect(text).not.toContain(TOWN);
		expect(text.split('\n').length - 1).toBe(owing(lines).length - 1);
	});

	it('is the roster unit whichever way the merge goes, and only in the region it was made in', async () => {
		const { roster, files } = await round();
		for (const [from, to] of [
			[TOWN, TYPO],
			[TYPO, TOWN]
		]) {
			const state = rosterState(roster, files, { merges: [{ from, to, region: line.region }] });
			expect(statusOf(state, TOWN).status).toBe('final');
			expect(state.offRoster.map((o) => o.filer)).toEqual([OFF_ROSTER_UNIT]);
		}
		const elsewhere = rosterState(roster, files, { merges: [{ from: TYPO, to: TOWN, region: '宁县' }] });
		expect(statusOf(elsewhere, TOWN).status).toBe('interim');
	});

	it('a merge onto another roster unit moves the filing there: two units the user merged are one', async () => {
		const { roster, files } = await round();
		// The user says 三嘉镇's form is 山河镇's (both on the roster): 三嘉镇 is left with nothing.
		const state = rosterState(roster, files, { merges: [{ from: '三嘉镇', to: '正宁县山河镇人民政府', region: '正宁县' }] });
		expect(statusOf(state, '三嘉镇').status).toBe('missing');
		expect(statusOf(state, '山河镇').filings.map((f) => f.filer).sort()).toEqual(['三嘉镇', '正宁县山河镇人民政府'].sort());
	});

	it('applies the regions the user gave units before matching (a merge made in that region then applies)', async () => {
		const roster = setYearUnits(emptyRoster(), 2024, [{ name: '李家沟村', region: '山河镇', contact: '', phone: '', category: '' }]);
		const file = (unit: string, region: string, n: number): FiledFile => ({ fileId: `f${n}`, file: `f${n}.xlsx`, error: null, filings: [{ unit, region, year: 2024, filedOn: null, sheet: 'Sheet1' }] });
		const files = [file('李家沟材', '', 1)];
		const decisions = { regions: [{ units: ['李家沟材'], from: '', region: '山河镇' }], merges: [{ from: '李家沟材', to: '李家沟村', region: '山河镇' }] };
		expect(rosterState(roster, files, { merges: decisions.merges }).statuses[0].status).toBe('missing');
		const state = rosterState(roster, files, decisions);
		expect(state.statuses[0].status).toBe('final');
		expect(state.offRoster).toEqual([]);
	});
});
