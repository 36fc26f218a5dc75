/**
 * The 总结报告 draft on generated data sets with known totals: real .xlsx
 * files → the core → DuckDB (WASM in Node, as the CLI) → the draft. Every
 * token's value equals the SQL answer for its own query (straight from
 * `facts`) and the sum of the generated cells; year-on-year wording follows
 * the sign; a family with no figures has no sentence; 据不完全统计 appears
 * exactly when a file could not be read or an expected unit did not report;
 * edits keyed by sentence id keep live figures across new files.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeWideWorkbook, type WideColumn, type WideRow } from '../fixtures/wide';
import { rng } from '../fixtures/forms';
import { buildFacts, processFile } from '../../src/lib/pipeline';
import { tablesIPC } from '../../src/lib/db/arrow';
import { loadTables, nodeDuckDB, runnerOf } from '../../src/cli/report-pack';
import { emptyFilter, type Filter } from '../../src/lib/query/filter';
import type { FileResult } from '../../src/lib/facts/fact';
import {
	draftFromRows,
	draftQueries,
	draftText,
	draftTokens,
	finalDraft,
	formatPct,
	formatReportNumber,
	sentenceTemplate,
	setSentenceText,
	toggleOff,
	tokenSourcesQuery,
	tokenValueQuery,
	viewDraft,
	emptyDraftEdits,
	readDraftEdits,
	draftRoster,
	type Draft,
	type DraftContext,
	type Token
} from '../../src/lib/report/draft/index';
import { emptyRoster, rosterState, setYearUnits, type RosterUnit } from '../../src/lib/roster/index';

type Conn = Awaited<ReturnType<typeof nodeDuckDB>>;

const COLUMNS: WideColumn[] = [
	{ group: '应急演练', leaf: '场次', metricId: 'drills.events' },
	{ group: '应急演练', leaf: '参与人次', metricId: 'drills.participants' },
	{ group: '安全宣传咨询日', leaf: '场次', metricId: 'consult.events' },
	{ group: '安全宣传咨询日', leaf: '参与人次', metricId: 'consult.participants' },
	{ group: null, leaf: '排查整治安全风险隐患（个）', metricId: 'rectification.hazards_found' },
	{ group: null, leaf: '发放宣传资料（份）', metricId: null }
];
// Families of the columns above: no media (M) column at all.
const FAMILY = ['S', 'P', 'S', 'P', 'H', null];

const UNITS = [
	['山河镇', '正宁县'],
	['宫河镇', '正宁县'],
	['永和镇', '正宁县'],
	['西峰街道', '西峰区'],
	['董志镇', '西峰区']
];

/** Rows with random values (some blank) for a year; seeded, so every run is the same. */
function rowsFor(seed: number): WideRow[] {
	const r = rng(seed);
	return UNITS.map(([unit, region]) => ({
		unit,
		region,
		values: COLUMNS.map((_, i) => (r() < 0.15 ? null : Math.floor(r() * (i % 2 ? 40000 : 60)) + 1))
	}));
}

async function wide(year: number, rows: WideRow[]) {
	return { name: `${year}年汇总.xlsx`, bytes: await makeWideWorkbook([{ title: `${year}年“安全生产月”活动汇总表`, sheetName: String(year), columns: COLUMNS, rows }]) };
}

async function load(files: { name: string; bytes: Uint8Array }[]) {
	const results = files.map((f) => processFile(f));
	const facts = buildFacts(results);
	const conn = await nodeDuckDB();
	loadTables(conn, tablesIPC(results, facts));
	return { conn, results };
}

async function draftOf(conn: Conn, ctx: DraftContext, lang: 'zh' | 'en' = 'zh'): Promise<Draft> {
	const db = runnerOf(conn);
	return draftFromRows(draftQueries(ctx.filter).map((q) => db.run(q)), ctx, lang);
}

const ctxOf = (filter: Filter, results: FileResult[], extra: Partial<DraftContext> = {}): DraftContext => ({
	filter,
	failedFiles: results.filter((r) => r.error).map((r) => r.file),
	...extra
});

/** The token's value as SQL answers its own query (a change: from its two sums). */
function sqlValue(conn: Conn, filter: Filter, t: Token): number | null {
	const db = runnerOf(conn);
	const one = (q: NonNullable<Token['query']>) => {
		const v = db.run(tokenValueQuery(filter, q))[0].value;
		return v === null ? null : Number(v);
	};
	if (t.change) {
		const c = one(t.change.currentQuery)!;
		const p = one(t.change.previousQuery)!;
		expect(c).toBe(t.change.current);
		expect(p).toBe(t.change.previous);
		return ((c - p) / p) * 100;
	}
	return one(t.query!);
}

const rows2021 = rowsFor(2021);
const rows2022 = rowsFor(2022);

/** Σ of a family's columns over the rows (null when every cell is blank), as generated. */
function known(rows: WideRow[], family: string, pick: (row: WideRow) => boolean = () => true): number | null {
	let s: number | null = null;
	for (const row of rows.filter(pick)) row.values.forEach((v, i) => FAMILY[i] === family && v !== null && (s = (s ?? 0) + v));
	return s;
}

let conn: Conn;
let results: FileResult[];

beforeAll(async () => {
	// A file no reader can read sits in the batch: the rest still loads.
	({ conn, results } = await load([await wide(2021, rows2021), await wide(2022, rows2022), { name: '损坏的文件.xlsx', bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) }]));
}, 60_000);
afterAll(() => conn?.close());

describe('numbers and changes as a 总结 writes them', () => {
	test('万 and 亿 past ten thousand, three significant digits', () => {
		expect(formatReportNumber(1286, 'zh')).toBe('1,286');
		expect(formatReportNumber(9999, 'zh')).toBe('9,999');
		expect(formatReportNumber(12600, 'zh')).toBe('1.26万');
		expect(formatReportNumber(126000, 'zh')).toBe('12.6万');
		expect(formatReportNumber(1260000, 'zh')).toBe('126万');
		expect(formatReportNumber(19340000, 'zh')).toBe('1934万');
		expect(formatReportNumber(10000, 'zh')).toBe('1万');
		expect(formatReportNumber(230000000, 'zh')).toBe('2.3亿');
		expect(formatReportNumber(1260000, 'en')).toBe('1.26 million');
		expect(formatReportNumber(126000, 'en')).toBe('126,000');
	});
	test('增长 / 下降 / 持平 by the sign of the rounded change', () => {
		expect(formatPct(8.34, 'zh')).toBe('增长8.3%');
		expect(formatPct(-5.06, 'zh')).toBe('下降5.1%');
		expect(formatPct(0.04, 'zh')).toBe('持平');
		expect(formatPct(-0.04, 'zh')).toBe('持平');
		expect(formatPct(12, 'en')).toBe('up 12.0%');
	});
});

describe('the draft on two generated years', () => {
	test('every token equals the SQL answer for its query, and totals equal the generated cells', async () => {
		const filter = emptyFilter();
		const d = await draftOf(conn, ctxOf(filter, results));
		expect(d.year).toBe(2022);
		expect(d.prevYear).toBe(2021);
		const tokens = draftTokens(d);
		expect(tokens.length).toBeGreaterThan(20);
		for (const { token } of tokens) {
			if (!token.query) continue;
			const v = sqlValue(conn, filter, token);
			if (token.kind === 'pct') expect(token.value).toBeCloseTo(v!, 9);
			else expect(token.value, token.label).toBe(v);
		}
		const tok = (sid: string, id: string) => draftTokens(d).find((x) => x.sentence.id === sid && x.token.id === id)?.token;
		expect(tok('totals.participation', 'value')!.value).toBe(known(rows2022, 'P'));
		expect(tok('totals.sessions', 'value')!.value).toBe(known(rows2022, 'S'));
		expect(tok('totals.hazards', 'value')!.value).toBe(known(rows2022, 'H'));
		expect(tok('opening.units', 'units')!.value).toBe(UNITS.length);
		const change = tok('totals.participation', 'change')!;
		expect(change.change).toMatchObject({ current: known(rows2022, 'P'), previous: known(rows2021, 'P') });
		// The region ranking's leader is the region with the largest participation.
		const byRegion = ['正宁县', '西峰区'].map((r) => ({ r, v: known(rows2022, 'P', (row) => row.region === r)! })).sort((a, b) => b.v - a.v);
		expect(tok('rank.region.participation', 'top1')).toMatchObject({ value: byRegion[0].v, query: { region: byRegion[0].r } });
	});

	test('the sources of a sum token are facts that add up to it', async () => {
		const filter = emptyFilter();
		const d = await draftOf(conn, ctxOf(filter, results));
		const db = runnerOf(conn);
		for (const { token } of draftTokens(d).filter((x) => x.token.query?.agg === 'sum' && x.token.kind === 'count')) {
			const rows = db.run(tokenSourcesQuery(filter, token.query!));
			expect(Number(rows[0].total), token.label).toBe(token.value);
			expect(rows.reduce((s, r) => s + Number(r.value), 0)).toBe(token.value);
		}
	});

	test('year-on-year wording matches the sign of every change', async () => {
		const d = await draftOf(conn, ctxOf(emptyFilter(), results));
		const changes = draftTokens(d).filter((x) => x.token.kind === 'pct');
		expect(changes.length).toBeGreaterThan(2);
		for (const { token } of changes) {
			const { current, previous } = token.change!;
			const pct = Math.round(((current - previous) / previous) * 1000) / 10;
			const text = formatPct(token.value, 'zh');
			expect(text).toBe(pct > 0 ? `增长${pct.toFixed(1)}%` : pct < 0 ? `下降${Math.abs(pct).toFixed(1)}%` : '持平');
		}
		const text = draftText(d);
		const p = draftTokens(d).find((x) => x.sentence.id === 'totals.participation' && x.token.id === 'change')!.token;
		expect(text).toContain(`同比${formatPct(p.value, 'zh')}`);
	});

	test('a family with no figures has no sentence, and no 0 is written for it', async () => {
		const d = await draftOf(conn, ctxOf(emptyFilter(), results));
		const ids = d.paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
		expect(ids).toContain('totals.participation');
		expect(ids).not.toContain('totals.media');
		expect(ids).not.toContain('rank.unit.media');
		expect(ids.filter((id) => id.startsWith('activity.'))).toEqual(['activity.rectification.figures', 'activity.consultation_day.figures', 'activity.drills.figures'].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)));
		expect(draftText(d)).not.toMatch(/宣传报道和宣传品/);
	});

	test('据不完全统计 appears exactly when a file could not be read or an expected unit has not reported', async () => {
		const count = (d: Draft) => draftText(d).split('据不完全统计').length - 1;
		const withFailed = await draftOf(conn, ctxOf(emptyFilter(), results));
		expect(results.some((r) => r.error)).toBe(true);
		expect(count(withFailed)).toBe(1);
		expect(draftText(withFailed)).toContain('损坏的文件.xlsx');
		const complete = await draftOf(conn, { filter: emptyFilter(), failedFiles: [] });
		expect(count(complete)).toBe(0);
		expect(draftText(complete)).toContain('据统计，');
		const rosterMissing = await draftOf(conn, { filter: emptyFilter(), failedFiles: [], roster: { expected: 6, reported: 5, missing: ['湫头镇'], offRoster: [] } });
		expect(count(rosterMissing)).toBe(1);
		expect(draftText(rosterMissing)).toContain('湫头镇');
		const rosterAll = await draftOf(conn, { filter: emptyFilter(), failedFiles: [], roster: { expected: 5, reported: 5, missing: [], offRoster: [] } });
		expect(count(rosterAll)).toBe(0);
		expect(count(await draftOf(conn, { filter: emptyFilter(), failedFiles: [] }, 'en'))).toBe(0);
		expect(draftText(await draftOf(conn, ctxOf(emptyFilter(), results), 'en'))).toContain('By incomplete count');
	});

	test('the roster of the draft\'s year: x of y units, 据不完全统计 exactly while a roster unit has not reported, counted inside the region filter', async () => {
		const unit = (name: string, region: string): RosterUnit => ({ name, region, contact: '', phone: '', category: '' });
		const all = UNITS.map(([u, r]) => unit(u, r));
		const withMissing = setYearUnits(setYearUnits(emptyRoster(), 2021, all), 2022, [...all, unit('湫头镇', '正宁县')]);
		const ctx = (roster: typeof withMissing, filter: Filter): DraftContext => {
			const state = rosterState(roster, results);
			return { filter, failedFiles: [], rosterFor: (year) => draftRoster(roster, state, year, filter.regions) };
		};
		const count = (d: Draft) => draftText(d).split('据不完全统计').length - 1;
		const tok = (d: Draft, id: string) => draftTokens(d).find((x) => x.sentence.id === 'opening.units' && x.token.id === id)?.token.value;

		const opening = (d: Draft) => ['reported', 'expected', 'rate'].map((id) => tok(d, id));
		// 2022 (the latest year): six expected, five reported, 湫头镇 missing: completion against the roster, not the facts' count.
		const missing = await draftOf(conn, ctx(withMissing, emptyFilter()));
		expect(missing.year).toBe(2022);
		expect(opening(missing)).toEqual([5, 6, 5 / 6]);
		expect(tok(missing, 'units')).toBeUndefined();
		expect(draftText(missing)).toContain('2022年“安全生产月”活动期间，应报送统计数据的单位6个，已报送5个，完成率83.3%。');
		expect(draftText(missing)).not.toContain('名单外');
		expect(count(missing)).toBe(1);
		expect(missing.incomplete).toBe(true);
		expect(draftText(missing)).toMatch(/尚有1个应报单位未报送（湫头镇）/);
		expect(draftText(await draftOf(conn, ctx(withMissing, emptyFilter()), 'en'))).toContain('5 of the 6 units expected to report reported their figures (83.3%).');

		// The region filter: 西峰区 has its two roster units reported; 正宁县 lacks 湫头镇.
		const xifeng = await draftOf(conn, ctx(withMissing, { ...emptyFilter(), regions: ['西峰区'] }));
		expect(opening(xifeng)).toEqual([2, 2, 1]);
		expect(draftText(xifeng)).toContain('西峰区应报送统计数据的单位2个，已报送2个，完成率100%。');
		expect(count(xifeng)).toBe(0);
		const zhengning = await draftOf(conn, ctx(withMissing, { ...emptyFilter(), regions: ['正宁县'] }));
		expect(opening(zhengning)).toEqual([3, 4, 0.75]);
		expect(count(zhengning)).toBe(1);

		// A filer on no roster (董志镇 left off the 2022 list) is named apart: not an expected unit that reported.
		const offList = setYearUnits(emptyRoster(), 2022, [...all.filter((u) => u.name !== '董志镇'), unit('湫头镇', '正宁县')]);
		const off = await draftOf(conn, ctx(offList, emptyFilter()));
		expect(opening(off)).toEqual([4, 5, 0.8]);
		expect(tok(off, 'off')).toBeUndefined();
		const offTok = draftTokens(off).find((x) => x.sentence.id === 'opening.off-roster' && x.token.id === 'off')?.token.value;
		expect(offTok).toBe(1);
		expect(draftText(off)).toContain('应报送统计数据的单位5个，已报送4个，完成率80%。另有名单外单位1个（董志镇）报送了统计数据，不计入完成率。');
		expect(draftText(await draftOf(conn, ctx(offList, emptyFilter()), 'en'))).toContain('Units not on the roster that also reported: 1 (董志镇); they are not counted in the rate.');
		// … inside the region filter only.
		expect(draftText(await draftOf(conn, ctx(offList, { ...emptyFilter(), regions: ['正宁县'] })))).not.toContain('名单外');
		const offXifeng = await draftOf(conn, ctx(offList, { ...emptyFilter(), regions: ['西峰区'] }));
		expect(opening(offXifeng)).toEqual([1, 1, 1]);
		expect(draftText(offXifeng)).toContain('另有名单外单位1个（董志镇）');

		// 2021's roster has every unit reported; a year with no roster says nothing of one (the facts' count, as before).
		const y2021 = await draftOf(conn, ctx(withMissing, { ...emptyFilter(), years: [2021] }));
		expect(opening(y2021)).toEqual([5, 5, 1]);
		expect(count(y2021)).toBe(0);
		const noYear = await draftOf(conn, ctx(setYearUnits(emptyRoster(), 2021, all), emptyFilter()));
		expect(tok(noYear, 'expected')).toBeUndefined();
		expect(tok(noYear, 'units')).toBe(5);
		expect(draftText(noYear)).toContain('2022年“安全生产月”活动期间，共有5个单位报送了统计数据。');
		expect(count(noYear)).toBe(0);

		// A roster without regions is not counted against a region filter (its count is not the region's).
		const noRegions = setYearUnits(emptyRoster(), 2022, [...all, unit('湫头镇', '')].map((u) => ({ ...u, region: '' })));
		expect(tok(await draftOf(conn, ctx(noRegions, { ...emptyFilter(), regions: ['西峰区'] })), 'expected')).toBeUndefined();
		expect(tok(await draftOf(conn, ctx(noRegions, emptyFilter())), 'expected')).toBe(6);
	});

	test('a filter narrows every figure (region and year), and SQL still agrees', async () => {
		const filter: Filter = { ...emptyFilter(), regions: ['西峰区'], years: [2021] };
		const d = await draftOf(conn, ctxOf(filter, results));
		expect(d.year).toBe(2021);
		expect(d.prevYear).toBeNull();
		const p = draftTokens(d).find((x) => x.sentence.id === 'totals.participation')!.token;
		expect(p.value).toBe(known(rows2021, 'P', (r) => r.region === '西峰区'));
		expect(draftTokens(d).some((x) => x.token.kind === 'pct')).toBe(false);
		for (const { token } of draftTokens(d)) if (token.query) expect(token.value).toBe(sqlValue(conn, filter, token));
	});

	test('unmapped items are told and not summed', async () => {
		const d = await draftOf(conn, ctxOf(emptyFilter(), results));
		const s = d.paragraphs.flatMap((p) => p.sentences).find((x) => x.id === 'checks.unmapped')!;
		expect(draftText(d)).toContain('发放宣传资料');
		const n = s.parts.find((x) => typeof x !== 'string') as Token;
		expect(n.value).toBe(rows2022.filter((r) => r.values[5] !== null).length);
	});
});

describe('edits', () => {
	test('switched off, reworded with live figures, kept across new files; stale when a figure is gone', async () => {
		const d1 = await draftOf(conn, ctxOf(emptyFilter(), results));
		const s = d1.paragraphs.flatMap((p) => p.sentences).find((x) => x.id === 'totals.participation')!;
		expect(sentenceTemplate(s)).toBe('参与{value}人次，同比{change}。');
		let edits = setSentenceText(emptyDraftEdits(), s.id, { lang: 'zh', template: '全年累计参与{value}人次，同比{change}。' });
		edits = toggleOff(edits, 'rankings');
		edits = toggleOff(edits, 'totals.sessions');
		edits = readDraftEdits(JSON.parse(JSON.stringify(edits)));

		// A third year arrives: the figures change, the wording stays.
		const r2023 = rowsFor(2023);
		const more = await load([await wide(2021, rows2021), await wide(2022, rows2022), await wide(2023, r2023)]);
		try {
			const d2 = await draftOf(more.conn, ctxOf(emptyFilter(), more.results));
			const out = draftText(finalDraft(d2, edits));
			const value = formatReportNumber(known(r2023, 'P')!, 'zh');
			expect(out).toContain(`全年累计参与${value}人次，同比`);
			expect(out).not.toContain('各单位中');
			expect(out).not.toContain('共组织开展各类活动');
			const view = viewDraft(d2, edits).flatMap((p) => p.sentences).find((x) => x.id === s.id)!;
			expect(view.edit).toBe('applied');

			// Only one year under the filter: no change token, so the edit no longer applies (kept, shown stale).
			const d3 = await draftOf(more.conn, ctxOf({ ...emptyFilter(), years: [2021] }, more.results));
			const v3 = viewDraft(d3, edits).flatMap((p) => p.sentences).find((x) => x.id === s.id)!;
			expect(v3.edit).toBe('stale');
			expect(draftText(finalDraft(d3, edits))).toContain('参与');
		} finally {
			more.conn.close();
		}
	});
});

describe('edits in the .aqy file', () => {
	test('travel with the workspace and come back validated; malformed parts are dropped', async () => {
		const { encodeWorkspace, decodeWorkspace } = await import('../../src/lib/workspace/file-format');
		const { readWorkspaceDecisions } = await import('../../src/lib/workspace/open-file');
		const edits = setSentenceText(toggleOff(emptyDraftEdits(), 'rankings'), 'totals.participation', { lang: 'zh', template: '全年参与{value}人次。' });
		const bytes = encodeWorkspace({ files: [], decisions: { files: {}, profile: null, merges: { accepted: [], rejected: [] }, demo: [], draft: edits } });
		const decoded = decodeWorkspace(bytes);
		expect(decoded.ok).toBe(true);
		const checked = readWorkspaceDecisions(decoded.ok ? decoded.workspace.decisions : null, new Set());
		expect(checked.ok).toBe(true);
		expect(readDraftEdits(checked.ok ? checked.decisions.draft : null)).toEqual(edits);
		expect(readDraftEdits({ off: ['a', 3], texts: { x: { lang: 'fr', template: 'y' }, y: { lang: 'en', template: 'ok {v}' } } })).toEqual({ off: ['a'], texts: { y: { lang: 'en', template: 'ok {v}' } } });
	});
});
