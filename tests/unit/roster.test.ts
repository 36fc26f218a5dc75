import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { processFile } from '../../src/lib/pipeline';
import { readWorkbook } from '../../src/lib/read/index';
import {
	acceptProposal,
	addUnit,
	chaseRows,
	chaseText,
	completionByRegion,
	completionOf,
	emptyRoster,
	filingKind,
	formatRate,
	rejectProposal,
	rosterFromFilings,
	rosterFromText,
	rosterFromWorkbook,
	rosterState,
	setDeadlines,
	setYearUnits,
	unitTaken,
	updateUnit,
	validRoster,
	type FiledFile,
	type Roster,
	type RosterUnit
} from '../../src/lib/roster/index';
import { expectedChaseText, expectedStatus, FINAL_DUE, INTERIM_DUE, OFF_ROSTER_UNIT, ROUND_YEAR, rosterLines, rosterXlsx, sentFiles } from '../fixtures/roster';

const unit = (name: string, region = '', extra: Partial<RosterUnit> = {}): RosterUnit => ({ name, region, contact: '', phone: '', category: '', ...extra });

const rosterOf = (year: number, units: RosterUnit[], due: { interimDue?: string; finalDue?: string } = {}): Roster =>
	setDeadlines(setYearUnits(emptyRoster(), year, units), year, { interimDue: due.interimDue ?? null, finalDue: due.finalDue ?? null });

let fileNo = 0;
/** A filed file with one filing per entry (what a reader hands over). */
const filed = (entries: { unit: string; region?: string; year?: number; filedOn?: string | null; contact?: string; phone?: string }[], name = `f${++fileNo}.xlsx`): FiledFile => ({
	fileId: name,
	file: name,
	error: null,
	filings: entries.map((e) => ({ unit: e.unit, region: e.region ?? '', year: e.year ?? 2024, filedOn: e.filedOn ?? null, sheet: 'Sheet1', contact: e.contact, phone: e.phone }))
});

const statusOf = (roster: Roster, files: FiledFile[], name: string) => rosterState(roster, files).statuses.find((s) => s.unit.name === name)!;

describe('matching filers to the roster', () => {
	it('matches a unit however it writes its name: spaces, brackets, （盖章）, 人民政府, a county prefix', () => {
		const roster = rosterOf(2024, [unit('山河镇', '正宁县'), unit('城关镇（东区）', '正宁县'), unit('城建事务服务中心', '正宁县')]);
		const files = [
			filed([{ unit: '正宁县山河镇人民政府', region: '正宁县' }]),
			filed([{ unit: '城关镇(东区)（盖章）', region: '' }]),
			filed([{ unit: '城建事务 服务中心', region: '正宁县' }])
		];
		const state = rosterState(roster, files);
		expect(state.statuses.map((s) => [s.unit.name, s.status, s.latest?.how])).toEqual([
			['山河镇', 'final', 'core'],
			['城关镇（东区）', 'final', 'name'],
			['城建事务服务中心', 'final', 'name']
		]);
		expect(state.offRoster).toEqual([]);
	});

	it('keeps two towns one character apart apart: 永正镇 and 永和镇 each match only themselves, and neither is proposed for the other', () => {
		const roster = rosterOf(2024, [unit('永正镇', '正宁县'), unit('永和镇', '正宁县')]);
		const both = rosterState(roster, [filed([{ unit: '正宁县永正镇人民政府', region: '正宁县' }]), filed([{ unit: '永和镇人民政府', region: '正宁县' }])]);
		expect(both.statuses.map((s) => [s.unit.name, s.latest?.filer])).toEqual([
			['永正镇', '正宁县永正镇人民政府'],
			['永和镇', '永和镇人民政府']
		]);
		// Only 永和镇 on the roster; 永正镇 files: 名单外, and no proposal to call it 永和镇.
		const one = rosterState(rosterOf(2024, [unit('永和镇', '正宁县')]), [filed([{ unit: '永正镇人民政府', region: '正宁县' }])]);
		expect(one.statuses[0].status).toBe('missing');
		expect(one.offRoster.map((o) => [o.filer, o.proposals.length])).toEqual([['永正镇人民政府', 0]]);
	});

	it('proposes a near miss (one character, a longer name, the same name in another region) and never merges it until the user says so', () => {
		const roster = rosterOf(2024, [unit('城建事务服务中心', '正宁县'), unit('山河镇', '正宁县'), unit('西坡镇', '宁县')]);
		const files = [filed([{ unit: '城建事物服务中心', region: '正宁县' }]), filed([{ unit: '山河镇安监站', region: '正宁县' }]), filed([{ unit: '西坡镇', region: '正宁县' }])];
		let state = rosterState(roster, files);
		expect(state.statuses.every((s) => s.status === 'missing')).toBe(true);
		expect(state.offRoster.map((o) => [o.filer, o.proposals.map((p) => [p.unit, p.kind])])).toEqual([
			['城建事物服务中心', [['城建事务服务中心', 'one-character']]],
			['山河镇安监站', [['山河镇', 'contains']]],
			['西坡镇', [['西坡镇', 'other-region']]]
		]);
		// Accept one, reject another: the accepted filer is the unit from now on, the rejected proposal is not made again.
		let r = acceptProposal(roster, state.offRoster[0].proposals[0]);
		r = rejectProposal(r, state.offRoster[1].proposals[0]);
		state = rosterState(r, files);
		expect(state.statuses.find((s) => s.unit.name === '城建事务服务中心')).toMatchObject({ status: 'final', latest: { how: 'link' } });
		expect(state.offRoster.map((o) => [o.filer, o.proposals.length])).toEqual([
			['山河镇安监站', 0],
			['西坡镇', 1]
		]);
	});

	it('a renamed unit is matched once the user links its new name, in every year', () => {
		const units = [unit('正宁县安全生产监督管理局', '正宁县')];
		let roster = setYearUnits(rosterOf(2023, units), 2024, units);
		const files = [filed([{ unit: '正宁县安全生产监督管理局', region: '正宁县', year: 2023 }]), filed([{ unit: '正宁县应急管理局', region: '正宁县', year: 2024 }])];
		let state = rosterState(roster, files);
		expect(state.statuses.map((s) => [s.year, s.status])).toEqual([
			[2023, 'final'],
			[2024, 'missing']
		]);
		expect(state.offRoster.map((o) => [o.year, o.filer])).toEqual([[2024, '正宁县应急管理局']]);
		roster = acceptProposal(roster, { filer: '正宁县应急管理局', filerRegion: '正宁县', unit: '正宁县安全生产监督管理局', unitRegion: '正宁县' });
		state = rosterState(roster, files);
		expect(state.statuses.map((s) => [s.year, s.status, s.latest?.how])).toEqual([
			[2023, 'final', 'name'],
			[2024, 'final', 'link']
		]);
		expect(state.offRoster).toEqual([]);
	});

	it('the same town name in two counties stays two units, each matched by its region', () => {
		const roster = rosterOf(2024, [unit('城关镇', '正宁县'), unit('城关镇', '宁县')]);
		const state = rosterState(roster, [filed([{ unit: '宁县城关镇人民政府', region: '宁县' }])]);
		expect(state.statuses.map((s) => [s.unit.region, s.status])).toEqual([
			['正宁县', 'missing'],
			['宁县', 'final']
		]);
		// Without a region, which 城关镇 it is cannot be known: 名单外, with both proposed.
		const unknown = rosterState(roster, [filed([{ unit: '城关镇', region: '' }])]);
		expect(unknown.statuses.every((s) => s.status === 'missing')).toBe(true);
		expect(unknown.offRoster[0].proposals.map((p) => p.unitRegion)).toEqual(['正宁县', '宁县']);
	});
});

describe('status against the deadlines', () => {
	const due = { interimDue: '2024-06-10', finalDue: '2024-06-24' };

	it('classes a filing by its date: on the interim deadline interim, a day after final, on the final deadline final, a day after late', () => {
		expect(filingKind('2024-06-10', due)).toBe('interim');
		expect(filingKind('2024-06-11', due)).toBe('final');
		expect(filingKind('2024-06-24', due)).toBe('final');
		expect(filingKind('2024-06-25', due)).toBe('late');
		// No date, or no deadlines set: nothing says it was early or late.
		expect(filingKind(null, due)).toBe('final');
		expect(filingKind('2024-06-30', { interimDue: null, finalDue: null })).toBe('final');
	});

	it('interim then final is 已报终报; interim only is 仅报中期; only after the deadline is 逾期; a final on time wins over a late correction', () => {
		const roster = rosterOf(2024, [unit('甲镇'), unit('乙镇'), unit('丙镇'), unit('丁镇'), unit('戊镇')], due);
		const files = [
			filed([{ unit: '甲镇', filedOn: '2024-06-08' }]),
			filed([{ unit: '甲镇', filedOn: '2024-06-24' }]),
			filed([{ unit: '乙镇', filedOn: '2024-06-09' }]),
			filed([{ unit: '丙镇', filedOn: '2024-06-28' }]),
			filed([{ unit: '丁镇', filedOn: '2024-06-20' }]),
			filed([{ unit: '丁镇', filedOn: '2024-06-27' }])
		];
		const state = rosterState(roster, files);
		expect(state.statuses.map((s) => [s.unit.name, s.status, s.filings.map((f) => f.kind)])).toEqual([
			['甲镇', 'final', ['interim', 'final']],
			['乙镇', 'interim', ['interim']],
			['丙镇', 'late', ['late']],
			['丁镇', 'final', ['final', 'late']],
			['戊镇', 'missing', []]
		]);
		expect(state.statuses[3].latest?.filedOn).toBe('2024-06-27');
	});

	it('moving a deadline changes the status: an interim-only unit becomes final when no interim deadline is set', () => {
		const files = [filed([{ unit: '乙镇', filedOn: '2024-06-09' }])];
		expect(statusOf(rosterOf(2024, [unit('乙镇')], due), files, '乙镇').status).toBe('interim');
		expect(statusOf(rosterOf(2024, [unit('乙镇')], { finalDue: due.finalDue }), files, '乙镇').status).toBe('final');
		expect(statusOf(rosterOf(2024, [unit('乙镇')], { interimDue: '2024-06-08', finalDue: '2024-06-08' }), files, '乙镇').status).toBe('late');
	});

	it('a failed file named after a unit makes it 无法读取 (unless it filed readably too); a failed file naming none is listed apart', () => {
		const roster = rosterOf(2024, [unit('山河镇', '正宁县'), unit('永和镇', '正宁县')], due);
		const broken = (name: string): FiledFile => ({ fileId: name, file: name, error: { code: 'read.truncated' }, filings: [] });
		const state = rosterState(roster, [broken('2024年正宁县山河镇统计表.xlsx'), broken('永和镇6月报表.xlsx'), filed([{ unit: '永和镇', filedOn: '2024-06-20' }]), broken('新建 Microsoft Excel 工作表.xlsx')]);
		expect(state.statuses.map((s) => [s.unit.name, s.status, s.failedFiles.length])).toEqual([
			['山河镇', 'unreadable', 1],
			['永和镇', 'final', 1]
		]);
		expect(state.unplacedFailures.map((f) => f.file)).toEqual(['新建 Microsoft Excel 工作表.xlsx']);
	});

	it('filings of another year do not count; contact and phone come from the latest filing that gives them, else the roster', () => {
		const roster = rosterOf(2024, [unit('甲镇', '', { contact: '名单联系人', phone: '0934-1' }), unit('乙镇', '', { contact: '乙名单', phone: '0934-2' })], due);
		const files = [
			filed([{ unit: '甲镇', year: 2023, filedOn: '2023-06-20', contact: '旧人', phone: '1' }]),
			filed([{ unit: '乙镇', filedOn: '2024-06-08', contact: '早', phone: '130' }]),
			filed([{ unit: '乙镇', filedOn: '2024-06-09', contact: '晚' }])
		];
		const state = rosterState(roster, files);
		expect(state.statuses.map((s) => [s.unit.name, s.status, s.contact, s.phone])).toEqual([
			['甲镇', 'missing', '名单联系人', '0934-1'],
			['乙镇', 'interim', '晚', '130']
		]);
	});
});

describe('completion and the 催报 list', () => {
	it('counts per region, the rates, and writes the 催报 message and rows', () => {
		const roster = rosterOf(2024, [unit('甲镇', 'A县', { contact: '张三', phone: '111' }), unit('乙镇', 'A县', { contact: '李四', phone: '222' }), unit('丙镇', 'B县'), unit('丁镇', 'B县')], {
			interimDue: '2024-06-10',
			finalDue: '2024-06-24'
		});
		const state = rosterState(roster, [filed([{ unit: '甲镇', region: 'A县', filedOn: '2024-06-20' }]), filed([{ unit: '丙镇', region: 'B县', filedOn: '2024-06-05', contact: '王五', phone: '333' }])]);
		const all = completionOf(state.statuses, 2024);
		expect([all.total, all.reported, all.finalFiled, formatRate(all.rate), formatRate(all.finalRate)]).toEqual([4, 2, 1, '50%', '25%']);
		expect(completionByRegion(state.statuses, 2024).map((c) => [c.region, c.total, c.counts.final, c.counts.interim, c.counts.missing])).toEqual([
			['A县', 2, 1, 0, 1],
			['B县', 2, 0, 1, 1]
		]);
		expect(chaseText(state.statuses, 2024)).toBe(
			['以下单位尚未报送2024年安全生产月进展情况统计表：', '1. A县 乙镇，联系人：李四，电话：222', '2. B县 丙镇（已报中期，未报终报），联系人：王五，电话：333', '3. B县 丁镇'].join('\n')
		);
		expect(chaseText(state.statuses, 2024, 'en').split('\n')[0]).toBe('These units have not yet sent their 2024 安全生产月进展情况统计表:');
		expect(chaseRows(state.statuses, 2024)[1]).toEqual([2, 'B县', '丙镇', '仅报中期', '王五', '333', 'f' + (fileNo) + '.xlsx', '2024-06-05']);
		expect(formatRate(2 / 3)).toBe('66.7%');
	});
});

describe('reading a roster', () => {
	it('reads an office .xlsx list with a title row and 序号 | 单位名称 | 所属县区 | 联系人 | 联系电话 | 单位类别', async () => {
		const lines = rosterLines();
		const read = rosterFromWorkbook(readWorkbook(await rosterXlsx(lines), '应报单位.xlsx'));
		expect(read.headerRow).toBe(2);
		expect(read.skipped).toEqual([]);
		expect(read.units).toEqual(lines.map((l) => ({ name: l.name, region: l.region, contact: l.contact, phone: l.phone, category: l.category })));
	});

	it('reads a GB18030 CSV with 乡镇 | 单位 columns (the township is the region), skips a 合计 row and a repeat, and says why', () => {
		const csv = ['乡镇,单位,负责人,手机', '山河镇,山河镇安监站,张三,13800000001', '山河镇,山河镇安监站,张三,13800000001', ',,备注：以上为应报单位,', '合计,2,,'].join('\r\n');
		const read = rosterFromWorkbook(readWorkbook(new Uint8Array(iconv.encode(csv, 'gb18030')), '名单.csv'));
		expect(read.units).toEqual([{ name: '山河镇安监站', region: '山河镇', contact: '张三', phone: '13800000001', category: '' }]);
		expect(read.skipped.map((s) => s.row)).toEqual([3, 4, 5]);
		expect(read.skipped[0].reason.zh).toContain('重复');
		expect(read.skipped[1].reason.zh).toContain('没有单位名称');
		expect(read.skipped[2].reason.zh).toContain('合计');
	});

	it('reads pasted text: with a header, cells split by tabs; without one, by position with the phone found wherever it stands', () => {
		expect(rosterFromText('单位\t地区\t联系人\t电话\n山河镇\t正宁县\t张三\t13800000001\n').units).toEqual([unit('山河镇', '正宁县', { contact: '张三', phone: '13800000001' })]);
		// A row whose unit cell is empty keeps its cells in place: skipped (no unit), its region never read as a unit.
		const gap = rosterFromText('单位\t地区\t联系人\t电话\n山河镇\t正宁县\t张三\t13800000001\n\t宁县\t\t\n');
		expect(gap.units.map((u) => u.name)).toEqual(['山河镇']);
		expect(gap.skipped.map((s) => s.reason.zh)).toEqual(['第3行没有单位名称，未导入：宁县']);
		expect(rosterFromText('正宁县山河镇人民政府\n宁县 新宁镇，宁县，李四，0934-5200001\n\n城建事务 服务中心 13800000002').units).toEqual([
			unit('正宁县山河镇人民政府', '正宁县'),
			unit('宁县新宁镇', '宁县', { contact: '李四', phone: '0934-5200001' }),
			unit('城建事务服务中心', '', { phone: '13800000002' })
		]);
	});

	it('starts a roster from the units that filed in an earlier year, with their latest contact', () => {
		const units = rosterFromFilings(
			[
				filed([{ unit: '山河镇', region: '正宁县', year: 2023, filedOn: '2023-06-08', contact: '早', phone: '1' }]),
				filed([{ unit: '山河镇', region: '正宁县', year: 2023, filedOn: '2023-06-24', contact: '晚' }]),
				filed([{ unit: '新宁镇', region: '宁县', year: 2022 }])
			],
			2023
		);
		expect(units).toEqual([unit('山河镇', '正宁县', { contact: '晚', phone: '1' })]);
	});

	it('a unit corrected in the page: its fields replaced, the filer matched under its new name; never into a second copy of another unit', () => {
		const roster = rosterOf(2024, [unit('山河镇', '正宁县'), unit('新宁镇', '宁县')]);
		const files = [filed([{ unit: '正宁县山河镇人民政府', region: '正宁县' }])];
		const fixed = updateUnit(roster, 2024, { name: '新宁镇', region: '宁县' }, unit('新宁镇', '宁县', { contact: '李四', phone: '0934-5200001', category: '乡镇' }));
		expect(fixed.years[0].units[1]).toEqual(unit('新宁镇', '宁县', { contact: '李四', phone: '0934-5200001', category: '乡镇' }));
		expect(chaseText(rosterState(fixed, files).statuses, 2024)).toBe('以下单位尚未报送2024年安全生产月进展情况统计表：\n1. 宁县 新宁镇，联系人：李四，电话：0934-5200001');
		// Renamed to what its filings say it is: still one unit, now matched.
		const renamed = updateUnit(roster, 2024, { name: '山河镇', region: '正宁县' }, unit('正宁县山河镇人民政府（盖章）', '正宁县'));
		expect(renamed.years[0].units.map((u) => u.name)).toEqual(['正宁县山河镇人民政府', '新宁镇']);
		expect(statusOf(renamed, files, '正宁县山河镇人民政府').status).toBe('final');
		// Into another unit already listed, or to no name: refused, the roster unchanged.
		expect(unitTaken(roster, 2024, unit('新宁镇', '宁县'), { name: '山河镇', region: '正宁县' })).toBe(true);
		expect(unitTaken(roster, 2024, unit('新宁镇', '宁县'), { name: '新宁镇', region: '宁县' })).toBe(false);
		expect(updateUnit(roster, 2024, { name: '山河镇', region: '正宁县' }, unit('新宁镇', '宁县'))).toBe(roster);
		expect(updateUnit(roster, 2024, { name: '山河镇', region: '正宁县' }, unit(' ', '正宁县'))).toBe(roster);
	});

	it('adds a 名单外 unit in one step, and a roster survives a round trip through JSON and validRoster', () => {
		let roster = rosterOf(2024, [unit('山河镇', '正宁县')]);
		roster = addUnit(roster, 2024, { name: ' 宁县应急管理局 ', region: '宁县' });
		roster = addUnit(roster, 2024, { name: '宁县应急管理局', region: '宁县' });
		expect(roster.years[0].units.map((u) => u.name)).toEqual(['山河镇', '宁县应急管理局']);
		expect(validRoster(JSON.parse(JSON.stringify(roster)))).toEqual(roster);
		expect(validRoster({ years: [{ year: 'x' }, { year: 2024, units: [{ name: 1 }], interimDue: 'soon' }], links: 3 })).toEqual({ years: [{ year: 2024, units: [], interimDue: null, finalDue: null }], links: [], rejected: [] });
	});
});

describe('a collection round read from real files', () => {
	it('30 units, 22 files (interim only, one late, one unreadable, one on no roster): statuses, contacts from the forms, and the 催报 text', async () => {
		const lines = rosterLines();
		const roster = setDeadlines(setYearUnits(emptyRoster(), ROUND_YEAR, rosterFromWorkbook(readWorkbook(await rosterXlsx(lines), '名单.xlsx')).units), ROUND_YEAR, {
			interimDue: INTERIM_DUE,
			finalDue: FINAL_DUE
		});
		const files = (await sentFiles(lines)).map((f) => processFile(f));
		expect(files.length).toBe(22);
		const state = rosterState(roster, files);
		expect(state.statuses.map((s) => s.status)).toEqual(lines.map((l) => expectedStatus(l.plan)));
		expect(state.offRoster.map((o) => [o.filer, o.region, o.contact])).toEqual([[OFF_ROSTER_UNIT, '宁县', '周科长']]);
		expect(state.unplacedFailures).toEqual([]);
		const c = completionOf(state.statuses, ROUND_YEAR);
		expect([c.total, c.reported, c.counts.final, c.counts.interim, c.counts.late, c.counts.unreadable, c.counts.missing, formatRate(c.rate)]).toEqual([30, 18, 14, 3, 1, 1, 11, '60%']);
		expect(chaseText(state.statuses, ROUND_YEAR)).toBe(expectedChaseText(lines));
	});
});

describe('gaps in the figures', () => {
	it('a by-unit table lists units that did not report as blank 未报 rows; totals and other tables unchanged', async () => {
		const { withUnreportedUnits } = await import('../../src/lib/report/gaps');
		const table = {
			measure: 'participation' as const,
			dim: 'unit' as const,
			years: [2023, 2024],
			compare: { year: 2024, prev: 2023 },
			rows: [{ key: '山河镇', label: '山河镇', values: [10, 20], total: 30, change: { abs: 10, pct: 100 } }],
			totals: { values: [10, 20], total: 30, change: { abs: 10, pct: 100 } }
		};
		const out = withUnreportedUnits(table, [
			{ unit: '永和镇', region: '正宁县', year: 2024 },
			{ unit: '永和镇', region: '正宁县', year: 2023 },
			{ unit: '山河镇', region: '正宁县', year: 2023 },
			{ unit: '新宁镇', region: '宁县', year: 2022 }
		]);
		expect(out.rows.map((r) => [r.key, r.label, r.values, r.total])).toEqual([
			['山河镇', '山河镇', [10, 20], 30],
			['永和镇', '永和镇（未报）', [null, null], null]
		]);
		expect(out.totals).toBe(table.totals);
		expect(withUnreportedUnits({ ...table, dim: 'region' }, [{ unit: '永和镇', region: '', year: 2024 }]).rows.length).toBe(1);
	});
});
