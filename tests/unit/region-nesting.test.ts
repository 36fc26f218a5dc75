/**
 * The user's nesting over the data's (facts/region-links.ts withUserNesting),
 * kept with the merges (workspace/merges.ts), and the region chart's levels
 * (query/regions.ts regionLevel) on DuckDB with facts read from a real CSV.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { loadTables, nodeDuckDB, runnerOf } from '../../src/cli/report-pack';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import { tablesIPC } from '../../src/lib/db/arrow';
import type { BoundQuery } from '../../src/lib/db/types';
import { emptyFilter, type Filter } from '../../src/lib/query/filter';
import { barRegions, expandRegions, regionBars, regionLevel, regionScope, regionTree, type RegionNode } from '../../src/lib/query/regions';
import { addNesting, regionLinks, withUserNesting } from '../../src/lib/facts/region-links';
import { byRegionQuery, kpiTotalsQuery, sourcesQuery } from '../../src/lib/query/sql';
import { validateMergeDecisions } from '../../src/lib/workspace/merges';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/file-format';
import { readWorkspaceDecisions } from '../../src/lib/workspace/open-file';

const shape = (nodes: RegionNode[]): unknown => Object.fromEntries(nodes.map((n) => [n.name, shape(n.children)]));

describe('the user says which region lies inside which', () => {
	const regions = ['庆阳市', '宁县', '正宁县', '山河镇', '早胜镇'];
	const data = regionLinks(regions, [
		{ region: '早胜镇', unit: '庆阳市宁县早胜镇人民政府' }, // 宁县 in 庆阳市, 早胜镇 in 宁县
		{ region: '宁县', unit: '山河镇' } // a 乡镇 unit under a 县 column: 山河镇 in 宁县 (wrongly, say)
	]);

	test('as the data says', () => {
		expect(shape(regionTree(regions, data))).toEqual({ 庆阳市: { 宁县: { 山河镇: {}, 早胜镇: {} } }, 正宁县: {} });
	});

	test('nesting a region, moving it, setting a wrong link apart, putting a region at the top', () => {
		let nesting = addNesting([], { child: '正宁县', parent: '庆阳市' });
		nesting = addNesting(nesting, { child: '山河镇', parent: '宁县', apart: true });
		let links = withUserNesting(data, nesting, regions);
		expect(shape(regionTree(regions, links))).toEqual({ 庆阳市: { 宁县: { 早胜镇: {} }, 正宁县: {} }, 山河镇: {} });
		// The tree's counts follow: 庆阳市 now stands for 正宁县 too, 宁县 no longer for 山河镇.
		expect(expandRegions(['庆阳市'], regions, links).sort()).toEqual(['庆阳市', '宁县', '正宁县', '早胜镇'].sort());
		expect(expandRegions(['宁县'], regions, links).sort()).toEqual(['宁县', '早胜镇'].sort());
		// A region has one place: nesting 山河镇 in 正宁县 takes nothing else back, moving 正宁县 replaces its place.
		nesting = addNesting(nesting, { child: '山河镇', parent: '正宁县' });
		nesting = addNesting(nesting, { child: '正宁县', parent: '' });
		expect(nesting).toEqual([
			{ child: '山河镇', parent: '宁县', apart: true },
			{ child: '山河镇', parent: '正宁县' },
			{ child: '正宁县', parent: '' }
		]);
		links = withUserNesting(data, nesting, regions);
		expect(shape(regionTree(regions, links))).toEqual({ 庆阳市: { 宁县: { 早胜镇: {} } }, 正宁县: { 山河镇: {} } });
		// Nesting the pair set apart takes the "apart" back.
		expect(addNesting(nesting, { child: '山河镇', parent: '宁县' })).toEqual([
			{ child: '正宁县', parent: '' },
			{ child: '山河镇', parent: '宁县' }
		]);
		// A user link to a region not in the data is kept as a decision but links nothing.
		expect(withUserNesting(data, [{ child: '正宁县', parent: '平凉市' }], regions)).toEqual(data);
	});

	test('kept with the merges: checked when stored or opened from a .aqy file', () => {
		const nesting = [{ child: '正宁县', parent: '庆阳市' }, { child: '山河镇', parent: '宁县', apart: true }, { child: '宁县', parent: '' }];
		expect(validateMergeDecisions({ accepted: [], rejected: [], nesting })).toEqual({ accepted: [], rejected: [], nesting });
		expect(validateMergeDecisions({ accepted: [], rejected: [] })).toEqual({ accepted: [], rejected: [] });
		expect(validateMergeDecisions({ accepted: [], rejected: [], nesting: [{ child: '', parent: '庆阳市' }] })).toBeNull();
		expect(validateMergeDecisions({ accepted: [], rejected: [], nesting: [{ child: '宁县', parent: '', apart: true }] })).toBeNull();
		expect(validateMergeDecisions({ accepted: [], rejected: [], nesting: [{ child: '宁县', parent: 3 }] })).toBeNull();
		expect(validateMergeDecisions({ accepted: [], rejected: [], nesting: 'x' })).toBeNull();
		// Through a .aqy file and back.
		const decoded = decodeWorkspace(encodeWorkspace({ files: [], decisions: { files: {}, profile: null, merges: { accepted: [], rejected: [], nesting }, demo: [] } }));
		if (!decoded.ok) throw new Error(decoded.error.en);
		const read = readWorkspaceDecisions(decoded.workspace.decisions, new Set());
		if (!read.ok) throw new Error(read.en);
		expect(read.decisions.merges.nesting).toEqual(nesting);
	});
});

function longCsv(rows: (string | number)[][]): Uint8Array {
	return new TextEncoder().encode('\uFEFF' + Papa.unparse([['年度', '地区', '单位', '活动', '指标', '数值'], ...rows]));
}

describe('the region chart shows one level of the tree (DuckDB, facts from a real CSV)', () => {
	let run: (q: BoundQuery) => Record<string, unknown>[];
	const P = '参与（人次）';
	// Units filed at every level of 庆阳市 > 宁县 > 早胜镇, and beside them 正宁县 (not in 宁县) and a unit with no region.
	const csv = longCsv([
		[2024, '庆阳市', '庆阳市应急管理局', '6·16咨询日', P, 1000],
		[2024, '宁县', '宁县应急管理局', '6·16咨询日', P, 200],
		[2024, '早胜镇', '庆阳市宁县早胜镇人民政府', '6·16咨询日', P, 30],
		[2024, '庆阳市西峰区', '庆阳市西峰区肖金镇人民政府', '6·16咨询日', P, 7],
		[2024, '正宁县', '正宁县应急管理局', '6·16咨询日', P, 400],
		[2024, '', '某公司', '6·16咨询日', P, 5],
		[2023, '早胜镇', '庆阳市宁县早胜镇人民政府', '6·16咨询日', P, 20]
	]);
	let all: string[] = [];
	let links: ReturnType<typeof regionLinks> = [];

	beforeAll(async () => {
		const conn = await nodeDuckDB();
		run = runnerOf(conn).run;
		const results = [processFile({ name: 'regions.csv', bytes: csv })];
		expect(results[0].error).toBeNull();
		const facts = resolveFilings(results);
		loadTables(conn, tablesIPC(results, facts));
		all = run({ sql: 'SELECT DISTINCT region FROM facts', params: [] }).map((r) => String(r.region ?? ''));
		links = regionLinks(all, facts);
	});

	const bars = (f: Filter) => {
		const level = regionLevel(f.regions, all, links);
		const rows = run(byRegionQuery(f, 'participation', { regions: f.regions.length ? expandRegions(f.regions, all, links) : undefined }));
		const out = regionBars(rows.map((r) => ({ region: String(r.region ?? ''), year: r.year === null ? null : Number(r.year), value: Number(r.value) })), level);
		return { level, bars: Object.fromEntries(out.map((b) => [`${b.region}/${b.year}`, b.value])) };
	};
	const total = (o: Record<string, number>) => Object.values(o).reduce((s, v) => s + v, 0);

	test('nothing chosen: the top-level regions with everything inside them, summing to the headline total', () => {
		const { level, bars: b } = bars(emptyFilter());
		expect(level.kind).toBe('top');
		expect(b).toEqual({ '庆阳市/2024': 1000 + 200 + 30 + 7, '庆阳市/2023': 20, '正宁县/2024': 400, '/2024': 5 });
		expect(total(b)).toBe(Number(run(kpiTotalsQuery(emptyFilter()))[0].participation));
	});

	test('庆阳市 chosen: the regions inside it, and its own units as one bar; never 宁县 beside 早胜镇', () => {
		const f = { ...emptyFilter(), regions: ['庆阳市'] };
		const { level, bars: b } = bars(f);
		expect(level).toMatchObject({ kind: 'within', within: '庆阳市' });
		expect(b).toEqual({ '庆阳市/2024': 1000, '宁县/2024': 230, '宁县/2023': 20, '庆阳市西峰区/2024': 7 });
		const kpi = run(kpiTotalsQuery(f, { regions: expandRegions(f.regions, all, links) }))[0];
		expect(total(b)).toBe(Number(kpi.participation));
	});

	test('宁县 chosen: 早胜镇 and 宁县 itself; 早胜镇 chosen (nothing inside): itself', () => {
		expect(bars({ ...emptyFilter(), regions: ['宁县'] }).bars).toEqual({ '宁县/2024': 200, '早胜镇/2024': 30, '早胜镇/2023': 20 });
		const { level, bars: b } = bars({ ...emptyFilter(), regions: ['早胜镇'] });
		expect(level.kind).toBe('chosen');
		expect(b).toEqual({ '早胜镇/2024': 30, '早胜镇/2023': 20 });
	});

	test('two chosen, one inside the other: the outer one only, counted once', () => {
		const { level, bars: b } = bars({ ...emptyFilter(), regions: ['庆阳市', '早胜镇', '正宁县'] });
		expect(level.kind).toBe('chosen');
		expect(b).toEqual({ '庆阳市/2024': 1237, '庆阳市/2023': 20, '正宁县/2024': 400 });
	});

	test('a bar clicked stands for the regions inside it (its own units only for the 本级 bar), in the filter and the sources', () => {
		const level = regionLevel(['庆阳市'], all, links);
		expect(barRegions('宁县', level, all, links).sort()).toEqual(['宁县', '早胜镇'].sort());
		expect(barRegions('庆阳市', level, all, links)).toEqual(['庆阳市']);
		const picked = { ...emptyFilter(), regions: ['庆阳市'], region: '宁县' };
		const opts = { regions: expandRegions(['庆阳市'], all, links), pickedRegions: barRegions('宁县', level, all, links) };
		expect(run(kpiTotalsQuery(picked, opts))[0].participation).toBe(250);
		// What the page hands every view: the chosen regions and the bar clicked, each with what is inside it.
		expect(regionScope(picked, all, links)).toMatchObject({ regions: expandRegions(['庆阳市'], all, links), pickedRegions: barRegions('宁县', level, all, links), level: { kind: 'within', within: '庆阳市' } });
		expect(regionScope(emptyFilter(), all, links)).not.toHaveProperty('pickedRegions');
		const sources = run(sourcesQuery(picked, 'participation', { regions: barRegions('宁县', level, all, links), year: 2024 }, opts));
		expect(sources.map((r) => Number(r.value)).sort((a, b) => a - b)).toEqual([30, 200]);
	});
});
