import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { processFile, buildFacts, resolveFilings } from '../../src/lib/pipeline';
import type { FileResult } from '../../src/lib/facts/fact';
import { nameCore } from '../../src/lib/checks/unit-merge';
import { applyUnitMerges, applyUnitMergesToResults, proposeUnitMerges, runChecks, schemaPairs, RULES, OUTLIER, CHECK_CODES, type Check } from '../../src/lib/checks/index';
import { makeWideWorkbook, type WideColumn, type WideRow, type WideSpec } from '../fixtures/wide';
import { makeFormWorkbook, type FormValue } from '../fixtures/forms';

const COLUMNS: WideColumn[] = [
	{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
	{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' },
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' },
	{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' },
	{ group: null, leaf: '在市县媒体发表安全月稿件（篇）', metricId: 'publicity.local_articles' }
];

const UNITS: [string, string][] = [
	['华池县', '柔远镇'],
	['华池县', '悦乐镇'],
	['华池县', '南梁镇'],
	['合水县', '西华池镇'],
	['合水县', '太白镇'],
	['合水县', '板桥镇']
];

/** Plausible numbers: participants well above sessions, nothing negative, nothing out of line. */
function cleanValues(i: number, year: number): (number | null)[] {
	return [2 + i, 100 + 20 * i + (year % 10), 1 + (i % 3), 60 + 10 * i, 5 + i, 2 + i];
}

function rowsOf(year: number, edit: (unit: string, values: (number | null)[]) => void = () => {}): WideRow[] {
	return UNITS.map(([region, unit], i) => {
		const values = cleanValues(i, year);
		edit(unit, values);
		return { region, unit, values };
	});
}

async function wide(name: string, spec: Partial<WideSpec> & { rows: WideRow[] }): Promise<FileResult> {
	const full: WideSpec = { title: '2023年“安全生产月”活动汇总表', sheetName: '汇总', columns: COLUMNS, ...spec };
	return processFile({ name, bytes: await makeWideWorkbook([full]) });
}

const yearTable = (year: number, edit?: (unit: string, values: (number | null)[]) => void) =>
	wide(`${year}年汇总.xlsx`, { title: `${year}年“安全生产月”活动汇总表`, rows: rowsOf(year, edit) });

async function form(unit: string, year: number, filedOn: string, values: Record<string, FormValue>, fileName?: string): Promise<FileResult> {
	const g = await makeFormWorkbook({ unit, year, filedOn, template: '2021', values, notation: 'bracket', fileName });
	return processFile({ name: g.fileName, bytes: g.bytes });
}

const check = (results: FileResult[]) => runChecks(buildFacts(results), results);
const codes = (checks: Check[]) => checks.map((c) => c.code);

describe('the checks stay quiet on clean data', () => {
	it('three clean years of a summary table and a clean form: no check at all', async () => {
		const results = [await yearTable(2021), await yearTable(2022), await yearTable(2023), await form('正宁县山河镇人民政府', 2023, '2023-06-24', { 'consult.events': 3, 'consult.participants': 260, 'drills.events': 2, 'drills.participants': 90 })];
		expect(results.every((r) => !r.error && r.facts.length > 0)).toBe(true);
		expect(check(results)).toEqual([]);
	});

	it('the demo data set raises no outlier, total, year or same-date warning', () => {
		const names: string[] = JSON.parse(readFileSync('static/demo/manifest.json', 'utf8'));
		const results = names.map((n) => processFile({ name: n, bytes: new Uint8Array(readFileSync(`static/demo/${n}`)) }));
		expect(results.every((r) => !r.error)).toBe(true);
		const checks = check(results);
		for (const code of ['value.outlier', 'value.implausible', 'value.negative', 'total.mismatch', 'year.unknown', 'filing.same-date', 'unit.similar']) expect(codes(checks), code).not.toContain(code);
	});
});

describe('each rule fires on a planted case', () => {
	it('participants below sessions: on a summary-table row', async () => {
		const r = await yearTable(2023, (unit, v) => {
			if (unit === '太白镇') [v[0], v[1]] = [12, 5];
		});
		const checks = check([r]);
		expect(codes(checks)).toEqual(['participants.below-sessions']);
		const c = checks[0];
		expect(c.unit).toBe('太白镇');
		expect(c.year).toBe(2023);
		expect(c.zh).toContain('太白镇');
		expect(c.zh).toContain(r.file);
		const [s, p] = c.sources;
		expect([s.metricId, s.value, p.metricId, p.value]).toEqual(['consult.events', 12, 'consult.participants', 5]);
		expect(s.cell.replace(/[A-Z]+/, '')).toBe(p.cell.replace(/[A-Z]+/, '')); // the same row
		expect(c.rule.zh).toBe(RULES['participants.below-sessions'].zh);
	});

	it('participants below sessions: in one clause of a form cell', async () => {
		const r = await form('正宁县山河镇人民政府', 2023, '2023-06-24', { 'consult.events': 12, 'consult.participants': 5, 'drills.events': 2, 'drills.participants': 90 });
		const checks = check([r]);
		expect(codes(checks)).toEqual(['participants.below-sessions']);
		const [s, p] = checks[0].sources;
		expect(s.cell).toBe(p.cell); // the same 进展情况 cell
		expect([s.value, p.value]).toEqual([12, 5]);
		expect(checks[0].en).toContain('正宁县山河镇人民政府');
	});

	it('participants below sessions: in a long table, for the same unit and year', () => {
		const text = '年度,地区,单位,活动,指标,数值\n2021,正宁县,山河镇,应急演练,开展灾害避险逃生、自救互救演练（场）,12\n2021,正宁县,山河镇,应急演练,参与人次,5\n2021,正宁县,榆林子镇,应急演练,开展灾害避险逃生、自救互救演练（场）,2\n2021,正宁县,榆林子镇,应急演练,参与人次,50\n';
		const r = processFile({ name: '2021明细.csv', bytes: new TextEncoder().encode(text) });
		const checks = check([r]);
		expect(codes(checks)).toEqual(['participants.below-sessions']);
		expect(checks[0].unit).toBe('山河镇');
		expect(checks[0].sources.map((s) => s.cell)).toEqual(['F2', 'F3']);
	});

	it('the S/P pairs come from the schema ids, not a list', () => {
		const pairs = schemaPairs();
		expect(pairs).toContainEqual({ sessions: 'consult.events', participants: 'consult.participants' });
		expect(pairs).toContainEqual({ sessions: 'study.group_sessions', participants: 'study.group_participants' });
		expect(pairs).toContainEqual({ sessions: 'five.school_events', participants: 'five.school_participants' });
		expect(pairs).toContainEqual({ sessions: 'cloud.live_sessions', participants: 'cloud.live_participants' });
		expect(pairs.length).toBeGreaterThanOrEqual(15);
		expect(pairs.map((p) => p.participants)).not.toContain('consult.open_day_joined');
	});

	it('a negative number', async () => {
		const r = await yearTable(2023, (unit, v) => {
			if (unit === '悦乐镇') v[4] = -3;
		});
		const checks = check([r]);
		expect(codes(checks)).toEqual(['value.negative']);
		expect(checks[0].sources[0]).toMatchObject({ metricId: 'rectification.hazards_found', value: -3, file: r.file, sheet: '汇总' });
		expect(checks[0].zh).toContain('悦乐镇');
	});

	it('a value 100× the usual fires; 5× does not', async () => {
		const usual = cleanValues(1, 2023)[1]!;
		const years = [await yearTable(2020), await yearTable(2021), await yearTable(2022)];
		const planted = await yearTable(2023, (unit, v) => {
			if (unit === '悦乐镇') v[1] = usual * 100;
			if (unit === '板桥镇') v[1] = v[1]! * 5;
		});
		const checks = check([...years, planted]);
		expect(codes(checks)).toEqual(['value.outlier']);
		const c = checks[0];
		expect(c.unit).toBe('悦乐镇');
		expect(c.sources[0]).toMatchObject({ metricId: 'consult.participants', value: usual * 100, file: planted.file });
		expect(c.zh).toContain('中位数');
		expect(c.rule.en).toContain(`${OUTLIER.factor}×`);
	});

	it('with one year only, the peers of that year are the baseline', async () => {
		const r = await yearTable(2023, (unit, v) => {
			if (unit === '南梁镇') v[3] = 8000; // drills.participants, peers 60–110
		});
		const checks = check([r]);
		expect(codes(checks)).toEqual(['value.outlier']);
		expect(checks[0].sources[0]).toMatchObject({ metricId: 'drills.participants', value: 8000 });
		expect(checks[0].en).toContain('the median of 5 other units that year is 90');
	});

	it('the outlier rule needs a baseline: one unit alone in one year is never an outlier', async () => {
		const r = await wide('2023年汇总.xlsx', { rows: [{ region: '华池县', unit: '柔远镇', values: [1, 99999, 1, 5000, 1, 1] }] });
		expect(codes(check([r]))).toEqual([]);
	});

	it('a 合计 row that disagrees with its rows (surfaced from the reader, not recomputed)', async () => {
		const r = await wide('2023年汇总.xlsx', { rows: rowsOf(2023), wrongTotal: true });
		const mismatch = r.problems.filter((p) => p.code === 'total.mismatch');
		expect(mismatch).toHaveLength(1);
		const checks = check([r]);
		expect(codes(checks)).toEqual(['total.mismatch']);
		expect(checks[0].sources[0]).toMatchObject({ file: r.file, sheet: '汇总', cell: mismatch[0].cell });
		expect(checks[0].zh).toContain('合计');
	});

	it('two filings of one unit on the same date: the later import counts, and the check says so', async () => {
		const values = { 'consult.events': 3, 'consult.participants': 260 };
		const a = await form('正宁县山河镇人民政府', 2023, '2023-06-24', values, '山河镇-甲.xlsx');
		const b = await form('正宁县山河镇人民政府', 2023, '2023-06-24', { ...values, 'consult.events': 4 }, '山河镇-乙.xlsx');
		const checks = check([a, b]);
		expect(codes(checks)).toEqual(['filing.same-date']);
		expect(checks[0].sources.map((s) => s.file)).toEqual(['山河镇-甲.xlsx', '山河镇-乙.xlsx']);
		expect(checks[0].zh).toContain('暂按最后导入的 山河镇-乙.xlsx');
		expect(checks[0].zh).toContain('请确认哪一份为准');
		// … which is what resolveFilings does.
		const facts = resolveFilings([a, b]);
		expect(new Set(facts.filter((f) => f.status === 'ok').map((f) => f.file))).toEqual(new Set(['山河镇-乙.xlsx']));

		// Different dates: the later date decides; nothing to warn about. The same file twice counts once.
		const c = await form('正宁县山河镇人民政府', 2023, '2023-06-08', values, '山河镇-丙.xlsx');
		expect(codes(check([c, b]))).toEqual([]);
		expect(codes(check([b, { ...b, file: '山河镇-乙 (1).xlsx' }]))).toEqual([]);
	});

	it('two undated summary tables listing the same unit for the same year', async () => {
		const a = await yearTable(2023);
		const b = await wide('2023年汇总-补报.xlsx', { title: '2023年“安全生产月”活动汇总表（补报）', rows: [{ region: '合水县', unit: '太白镇', values: cleanValues(4, 2023) }] });
		const checks = check([a, b]);
		expect(codes(checks)).toEqual(['filing.same-date']);
		expect(checks[0].unit).toBe('太白镇');
		expect(checks[0].en).toContain('none states a filing date');
	});

	it('a file whose year could not be determined', async () => {
		const r = await wide('汇总.xlsx', { title: '“安全生产月”活动汇总表', rows: rowsOf(2023) });
		expect(r.facts.every((f) => f.year === null)).toBe(true);
		const checks = check([r]);
		expect(codes(checks)).toContain('year.unknown');
		const c = checks.find((x) => x.code === 'year.unknown')!;
		expect(c.zh).toContain('汇总.xlsx');
		expect(c.sources).toEqual([{ fileId: r.fileId, file: '汇总.xlsx', sheet: '汇总', cell: '' }]);
		expect(codes(checks).filter((x) => x !== 'year.unknown')).toEqual([]);
	});

	it('every check has a stable key, a rule in both languages and at least one source', async () => {
		const r = await wide('汇总.xlsx', { title: '“安全生产月”活动汇总表', rows: rowsOf(2023, (u, v) => u === '柔远镇' && (v[0] = -1)), wrongTotal: true });
		const checks = check([r]);
		expect(checks.length).toBeGreaterThanOrEqual(3);
		for (const c of checks) {
			expect(CHECK_CODES).toContain(c.code);
			expect(c.rule.zh.length).toBeGreaterThan(10);
			expect(c.rule.en.length).toBeGreaterThan(10);
			expect(c.sources.length).toBeGreaterThan(0);
			expect(c.key.startsWith(c.code)).toBe(true);
		}
		expect(check([r]).map((c) => c.key)).toEqual(checks.map((c) => c.key));
		expect(new Set(checks.map((c) => c.key)).size).toBe(checks.length);
	});
});

describe('similar unit names', () => {
	it('proposes 正宁县山河镇人民政府 → 山河镇 and one-character variants; applying merges resolves the filings as one unit', async () => {
		const formResult = await form('正宁县山河镇人民政府', 2021, '2021-06-24', { 'consult.events': 3, 'consult.participants': 260 });
		const table = await wide('2021年正宁县汇总.xlsx', {
			title: '2021年正宁县“安全生产月”活动汇总表',
			rows: [
				{ region: '正宁县', unit: '山河镇', values: [2, 100, 1, 50, 3, 1] },
				{ region: '正宁县', unit: '榆林子镇', values: [2, 100, 1, 50, 3, 1] },
				{ region: '正宁县', unit: '李家沟村', values: [2, 100, 1, 50, 3, 1] },
				{ region: '正宁县', unit: '李家河村', values: [2, 100, 1, 50, 3, 1] },
				{ region: '正宁县', unit: '城关一村', values: [2, 100, 1, 50, 3, 1] }
			]
		});
		const other = await wide('2022年正宁县汇总.xlsx', {
			title: '2022年正宁县“安全生产月”活动汇总表',
			rows: [
				{ region: '正宁县', unit: '榆林子乡', values: [2, 100, 1, 50, 3, 1] },
				{ region: '正宁县', unit: '李家沟材', values: [2, 100, 1, 50, 3, 1] },
				{ region: '正宁县', unit: '城关二村', values: [2, 100, 1, 50, 3, 1] },
				{ region: '宁县', unit: '山河乡', values: [2, 100, 1, 50, 3, 1] }
			]
		});
		expect(formResult.facts[0].region).toBe('正宁县');
		const results = [formResult, table, other];
		const facts = buildFacts(results);
		const proposals = proposeUnitMerges(facts);
		const pairs = proposals.map((p) => `${p.region}:${[p.from, p.to].sort().join('~')}:${p.kind}`).sort();
		expect(pairs).toEqual(['正宁县:山河镇~正宁县山河镇人民政府:same-core', '正宁县:榆林子乡~榆林子镇:same-core', '正宁县:李家沟材~李家沟村:suffix-typo'].sort());
		// The plain name is kept when as many files use each spelling.
		expect(proposals.find((p) => p.to === '山河镇')?.from).toBe('正宁县山河镇人民政府');
		// Not proposed: 李家沟村/李家河村 (side by side in one table), 城关一村/城关二村 (numbered siblings), 山河乡 (another region).
		for (const p of proposals) expect(p.reason.zh.length && p.reason.en.length).toBeGreaterThan(0);

		const similar = runChecks(facts, results).filter((c) => c.code === 'unit.similar');
		expect(similar).toHaveLength(3);
		expect(similar.every((c) => c.level === 'info')).toBe(true);
		expect(similar.find((c) => c.unit === '正宁县山河镇人民政府')!.zh).toContain('并入“山河镇”');

		// The user accepts one; the merge is a pure step on facts …
		const merges = [{ from: '正宁县山河镇人民政府', to: '山河镇', region: '正宁县' }];
		const merged = applyUnitMerges(facts, merges);
		expect(merged).toHaveLength(facts.length);
		expect(merged.filter((f) => f.unit === '正宁县山河镇人民政府')).toEqual([]);
		expect(merged.filter((f) => f.unit === '山河镇').length).toBe(facts.filter((f) => f.unit === '山河镇' || f.unit === '正宁县山河镇人民政府').length);
		expect(merged.filter((f, i) => f !== facts[i]).every((f) => f.fileId === formResult.fileId)).toBe(true);
		expect(facts.some((f) => f.unit === '正宁县山河镇人民政府')).toBe(true); // the input is untouched

		// … and on results before resolving filings: the dated form now supersedes the table's undated 山河镇 row.
		const resolved = buildFacts(applyUnitMergesToResults(results, merges));
		const shanhe = resolved.filter((f) => f.unit === '山河镇' && f.year === 2021);
		expect(new Set(shanhe.filter((f) => f.status === 'ok').map((f) => f.file))).toEqual(new Set([formResult.file]));
		expect(shanhe.some((f) => f.status === 'superseded' && f.file === table.file)).toBe(true);
		expect(proposeUnitMerges(resolved).map((p) => p.from)).not.toContain('正宁县山河镇人民政府');
	});

	it('never proposes towns that differ in their distinctive part; proposes 人民政府/（盖章）/county-prefix variants once, each with why', async () => {
		const a = await wide('2023年正宁县汇总.xlsx', {
			title: '2023年正宁县“安全生产月”活动汇总表',
			rows: [
				{ region: '正宁县', unit: '永和镇人民政府', values: [2, 100, 1, 50, 3, 1] },
				{ region: '正宁县', unit: '山河镇', values: [2, 100, 1, 50, 3, 1] },
				{ region: '正宁县', unit: '城关镇', values: [2, 100, 1, 50, 3, 1] }
			]
		});
		const b = await wide('2023年正宁县补报.xlsx', {
			title: '2023年正宁县“安全生产月”活动汇总表',
			rows: [
				{ region: '正宁县', unit: '永正镇人民政府', values: [2, 100, 1, 50, 3, 1] },
				{ region: '正宁县', unit: '山河镇人民政府', values: [2, 100, 1, 50, 3, 1] },
				{ region: '正宁县', unit: '城关村', values: [2, 100, 1, 50, 3, 1] },
				{ region: '正宁县', unit: '正宁县湫头乡（盖章）', values: [2, 100, 1, 50, 3, 1] }
			]
		});
		const c = await wide('2023年正宁县湫头乡.xlsx', {
			title: '2023年正宁县“安全生产月”活动汇总表',
			rows: [{ region: '正宁县', unit: '湫头乡', values: [2, 100, 1, 50, 3, 1] }]
		});
		const facts = buildFacts([a, b, c]);
		const proposals = proposeUnitMerges(facts);
		const pairs = proposals.map((p) => [p.from, p.to].sort().join('~')).sort();
		// The reader already drops （盖章） from a unit's name; nameCore drops it too where it comes through.
		expect(pairs).toEqual(['山河镇~山河镇人民政府', '正宁县湫头乡~湫头乡'].sort());
		expect(nameCore('正宁县湫头乡人民政府（盖章）', '正宁县')).toEqual({ core: '湫头', dropped: ['（盖章）', '正宁县', '人民政府', '乡'] });
		expect(nameCore('永正镇', '正宁县').core).not.toBe(nameCore('永和镇', '正宁县').core);
		for (const p of proposals) expect(p.kind).toBe('same-core');
		const shanhe = proposals.find((p) => p.to === '山河镇' || p.from === '山河镇')!;
		expect(shanhe.reason.zh).toContain('人民政府');
		expect(shanhe.reason.zh).toContain('“山河镇人民政府”去掉“人民政府”就是“山河镇”');
		const prefix = proposals.find((p) => p.from === '正宁县湫头乡')!;
		expect(prefix.to).toBe('湫头乡');
		expect(prefix.reason.zh).toContain('去掉“正宁县”');
		// Listed once: one check per proposal, and 检查 shows no pair twice.
		const similar = runChecks(facts, [a, b, c]).filter((x) => x.code === 'unit.similar');
		expect(similar).toHaveLength(2);
		expect(new Set(similar.map((x) => x.unit)).size).toBe(2);
	});

	it('merges follow chains, stop at cycles, and respect the region', async () => {
		const r = await wide('2023年汇总.xlsx', { rows: rowsOf(2023) });
		const merged = applyUnitMerges(r.facts, [
			{ from: '柔远镇', to: '柔远', region: '华池县' },
			{ from: '柔远', to: '柔远街道' },
			{ from: '悦乐镇', to: '悦乐' },
			{ from: '悦乐', to: '悦乐镇' },
			{ from: '太白镇', to: '太白', region: '华池县' } // 太白镇 is in 合水县
		]);
		const unitsAfter = new Set(merged.map((f) => f.unit));
		expect(unitsAfter).toContain('柔远街道');
		expect(unitsAfter).not.toContain('柔远镇');
		expect(unitsAfter).toContain('悦乐镇'); // contradictory decisions a→b→a are not applied
		expect(unitsAfter).not.toContain('悦乐');
		expect(unitsAfter).toContain('太白镇');
		expect(applyUnitMerges(r.facts, [])).toBe(r.facts);
	});
});
