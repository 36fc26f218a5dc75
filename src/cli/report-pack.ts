/**
 * The report pack from files on disk, headlessly: the same core as the browser
 * (processFile → buildFacts), the facts loaded into DuckDB-WASM through the
 * same Arrow IPC path (db/arrow.ts), the same summary SQL, the same chart
 * options rendered with ECharts SSR (SVG) and resvg (PNG), the same workbook
 * builder. Node only (the CLI and its tests).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { Resvg } from '@resvg/resvg-js';
import type { EChartsOption } from 'echarts';
import { echarts } from '../lib/chart/echarts';
import { framedOption, type Frame } from '../lib/chart/frame';
import { buildFacts, processFileLoading } from '../lib/pipeline';
import type { FileResult } from '../lib/facts/fact';
import type { MappingProfile } from '../lib/mapping/profile';
import { fileRows, tablesIPC } from '../lib/db/arrow';
import { loadSteps, type Storage, type TablesIPC } from '../lib/db/load';
import type { BoundQuery, QueryRunner, Row } from '../lib/db/types';
import { emptyFilter, type Filter } from '../lib/query/filter';
import { regionScope } from '../lib/query/regions';
import { optionsQuery } from '../lib/query/sql';
import { regionLinks, withUserNesting } from '../lib/facts/region-links';
import { runSummaries } from '../lib/report/summary';
import { reportFactsQuery, toFactRows } from '../lib/report/facts';
import { REPORT_CHART_SIZE, summaryChart, summaryFrame } from '../lib/report/charts';
import { describeFilter, filterLines } from '../lib/report/describe';
import { buildReportPack, type ReportChartImage, type ReportProblem } from '../lib/export/xlsx';
import { buildDocxReport } from '../lib/export/docx-report';
import { A4_CHART_SIZE } from '../lib/export/chart-export';
import { emptyDraftEdits, type DraftLang } from '../lib/report/draft/index';
import { checkProblems, fileProblems } from '../lib/export/problems';
import { modelChecks } from '../lib/model/build';
import { emptyMergeDecisions, type MergeDecisions } from '../lib/workspace/plan';
import { applyUnitMergesToResults } from '../lib/facts/unit-merges';
import { applyRegionAssignments, withRosterAssignments } from '../lib/facts/region-assign';
import { completionLine, completionOf, rosterAssignments, rosterRegionLinks, rosterState, type RosterUnit } from '../lib/roster/index';
import { draftRoster } from '../lib/report/draft/index';
import { rosterForYears, rosterYears } from './roster-status';

/** DuckDB-WASM in Node (the blocking API, as the query tests use it). */
export async function nodeDuckDB(): Promise<DuckDBConnection> {
	const require = createRequire(import.meta.url);
	const dist = (f: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${f}`);
	const db = await createDuckDB(
		{ mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') }, eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') } },
		new VoidLogger(),
		NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true } });
	const conn = db.connect();
	conn.query('SET autoload_known_extensions = false');
	conn.query('SET autoinstall_known_extensions = false');
	return conn;
}

/** A build's tables loaded into DuckDB in Node, by the same steps as in the browser (db/load.ts). */
export function loadTables(conn: DuckDBConnection, tables: TablesIPC, storage?: { from: Storage; to: Storage }): void {
	for (const step of loadSteps(tables, storage)) {
		if ('sql' in step) conn.query(step.sql);
		else conn.insertArrowFromIPCStream(step.ipc, { name: step.table, create: step.create });
	}
}

export function runnerOf(conn: DuckDBConnection): QueryRunner & { run(q: BoundQuery): Row[] } {
	const run = (q: BoundQuery): Row[] => {
		const stmt = conn.prepare(q.sql);
		try {
			return stmt.query(...q.params).toArray().map((r) => r.toJSON() as Row);
		} finally {
			stmt.close();
		}
	};
	return { run, query: async (q) => run(q) };
}

/** One chart option, framed, as PNG bytes: ECharts SSR → SVG → resvg (system CJK fonts) at `scale`× pixels. */
export function renderChartPng(option: EChartsOption, frame: Frame, size = REPORT_CHART_SIZE, scale = 2): { png: Uint8Array; svg: string } {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
	let svg: string;
	try {
		chart.setOption(framedOption(option, frame));
		svg = chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
	const resvg = new Resvg(svg, { background: '#ffffff', fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: true, defaultFontFamily: 'WenQuanYi Micro Hei' } });
	return { png: new Uint8Array(resvg.render().asPng()), svg };
}

export interface PackOptions {
	files: { path: string; name: string }[];
	profile?: MappingProfile | null;
	years?: number[];
	regions?: string[];
	/** The roster list's units (--roster): the roster of the years asked for (else of every year filed in). */
	roster?: RosterUnit[] | null;
	/** The page's unit merges and regions given units (--merges): applied as the page applies them. */
	merges?: MergeDecisions | null;
	generatedAt?: Date;
}

export interface PackResult {
	bytes: Uint8Array;
	results: FileResult[];
	failed: FileResult[];
	counts: Record<string, number>;
}

/** The files read by the core and loaded into DuckDB in Node, with the filter as the dashboard would apply it. */
async function loadFiles(opts: PackOptions) {
	let results: FileResult[] = [];
	for (const f of opts.files) results.push(await processFileLoading({ name: f.name, bytes: new Uint8Array(readFileSync(f.path)) }));
	// As on screen: the roster is matched against the filings with the user's regions and merges applied, then gives its
	// regions to units whose files name none (before the user's own), then the merges apply (model/build.ts).
	const merges = opts.merges ?? emptyMergeDecisions();
	const roster = opts.roster?.length ? rosterForYears(opts.roster, rosterYears(results, opts.years), {}) : null;
	const state = roster ? rosterState(roster, results, { merges: merges.accepted, regions: merges.regions }) : null;
	const fromRoster = roster && state ? rosterAssignments(roster, state) : [];
	results = applyUnitMergesToResults(applyRegionAssignments(results, withRosterAssignments(merges.regions, fromRoster)), merges.accepted);
	const rosterLinks = roster ? rosterRegionLinks(roster) : [];
	const facts = buildFacts(results, opts.profile ?? null);
	const conn = await nodeDuckDB();
	loadTables(conn, tablesIPC(results, facts));
	const db = runnerOf(conn);
	const filter: Filter = { ...emptyFilter(), years: opts.years ?? [], regions: opts.regions ?? [] };
	// The region tree as on screen: the data's links (model/build.ts) with the user's nesting over them (--merges),
	// over the regions the filter offers; a region chosen stands for those inside it, and the region tables list
	// the region chart's bars (regionScope's level).
	const known = [...new Set(facts.map((f) => f.region).filter((r) => r !== ''))];
	const links = withUserNesting(regionLinks(known, facts, rosterLinks), merges.nesting, known);
	const offered = db.run(optionsQuery()).filter((r) => r.kind === 'region').map((r) => String(r.value ?? ''));
	const scope = regionScope(filter, offered, links);
	const where = filter.regions.length ? { regions: scope.regions } : {};
	const regionLevel = scope.level;
	const rosterFor = roster && state ? (year: number) => draftRoster(roster, state, year, filter.regions, [...links, ...rosterLinks]) : null;
	const counts: Record<string, number> = {};
	for (const f of facts) counts[f.status] = (counts[f.status] ?? 0) + 1;
	// The cover's completion lines, as the page's pack states them (app.roster.lines).
	const completion = roster && state ? roster.years.map((y) => completionLine(completionOf(state.statuses, y.year), y.year)) : undefined;
	return { conn, db, results, facts, filter, where, regionLevel, counts, rosterFor, completion, merges, failed: results.filter((r) => r.error) };
}

export async function buildPackFromFiles(opts: PackOptions): Promise<PackResult> {
	const generatedAt = opts.generatedAt ?? new Date();
	const { conn, db, results, facts, filter, where, regionLevel, counts, completion, merges, failed } = await loadFiles(opts);
	try {
		const tables = await runSummaries(db, filter, where, undefined, { regionLevel });
		const factRows = toFactRows(db.run(reportFactsQuery(filter, where)));
		const ctx = { filterText: describeFilter(filter), fileCount: results.filter((r) => !r.error).length, generatedAt };
		const charts: ReportChartImage[] = tables.map((t) => {
			const { png } = renderChartPng(summaryChart(t).option, summaryFrame(t, ctx));
			return { measure: t.measure, dim: t.dim, png, width: REPORT_CHART_SIZE.width, height: REPORT_CHART_SIZE.height };
		});
		// The same checks (and merge proposals) as the 检查 tab, listed as many per rule.
		const listed = modelChecks(facts, results, merges);
		const unlisted = Object.fromEntries(Object.entries(listed.counts).map(([code, n]) => [code, n.total - listed.checks.filter((c) => c.code === code).length]));
		const problems: ReportProblem[] = [...fileProblems(results), ...checkProblems(listed.checks, unlisted)];
		const bytes = await buildReportPack({
			generatedAt,
			filters: filterLines(filter),
			// Every file given is listed; with a filter, the ones it leaves no fact of are listed too (with their counts).
			files: fileRows(results, facts).map((f) => ({ ...f })),
			tables,
			charts,
			facts: factRows,
			problems,
			completion
		});
		return { bytes, results, failed, counts };
	} finally {
		conn.close();
	}
}

/** The 总结报告 as Word: the draft written from the same SQL as on screen, the tables and their charts (resvg, A4 size, 3×). */
export async function buildDocxFromFiles(opts: PackOptions & { lang?: DraftLang }): Promise<PackResult> {
	const generatedAt = opts.generatedAt ?? new Date();
	const { conn, db, results, facts, filter, where, regionLevel, counts, rosterFor, merges, failed } = await loadFiles(opts);
	try {
		// The 检查 tab's warnings, counted as the page counts them (checkTotals).
		const checkWarnings = Object.values(modelChecks(facts, results, merges).counts).reduce((s, n) => s + (n?.warnings ?? 0), 0);
		const bytes = await buildDocxReport({
			runner: db,
			filter,
			where,
			draft: { filter, failedFiles: failed.map((r) => r.file), checkWarnings, rosterFor, regionLevel },
			lang: opts.lang ?? 'zh',
			edits: emptyDraftEdits(),
			fileCount: results.length - failed.length,
			generatedAt,
			renderChart: async (option, frame) => ({ png: renderChartPng(option, frame, A4_CHART_SIZE, 3).png, ...A4_CHART_SIZE })
		});
		return { bytes, results, failed, counts };
	} finally {
		conn.close();
	}
}
