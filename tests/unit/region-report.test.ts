/**
 * The report follows the region tree the dashboard shows (issue 18): the
 * pack's region tables, their charts, the draft's regional rankings and the
 * CLI `report` (nesting from `--merges`, an .aqy or its merges JSON) group
 * regions as the region chart does — the top-level regions each with
 * everything inside it, a region's own units as its 本级 row — on real
 * DuckDB, with facts read from a real CSV by the product's pipeline.
 * 宁县 never holds 正宁县 (a name ending); 正宁县山河镇 lies in 正宁县 (its
 * name's start); 早胜镇 lies in 宁县 only because the user says so.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { loadTables, nodeDuckDB, runnerOf } from '../../src/cli/report-pack';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import { tablesIPC } from '../../src/lib/db/arrow';
import type { BoundQuery, Row } from '../../src/lib/db/types';
import { emptyFilter, type Filter } from '../../src/lib/query/filter';
import { byRegionQuery, optionsQuery } from '../../src/lib/query/sql';
import { regionBars, regionScope } from '../../src/lib/query/regions';
import { regionLinks, withUserNesting } from '../../src/lib/facts/region-links';
import { runSummaries, summaryTable, summaryQuery, type SummaryTable } from '../../src/lib/report/summary';
import { summaryChart } from '../../src/lib/report/charts';
import { draftFromRows, draftQueries, isToken, tokenValueQuery, type Token } from '../../src/lib/report/draft/index';
import { encodeWorkspace } from '../../src/lib/workspace/file-format';
import { NESTING, nestedCsv } from '../fixtures/region-nesting';

// 某公司 names no region: a row of its own (未知地区) at every level.
const csv = () => nestedCsv([[2024, '', '某公司', '6·16咨询日', '参与（人次）', 5]]);

/** A bar or table row per region and year: `region/year` → value. */
type Cells = Record<string, number>;

describe('the pack, the draft and the chart group regions by one tree', () => {
	let run: (q: BoundQuery) => Row[];
	let runner: ReturnType<typeof runnerOf>;
	let offered: string[] = [];
	let links: ReturnType<typeof regionLinks> = [];

	beforeAll(async () => {
		const conn = await nodeDuckDB();
		runner = runnerOf(conn);
		run = runner.run;
		const results = [processFile({ name: '汇总.csv', bytes: csv() })];
		expect(results[0].error).toBeNull();
		const facts = resolveFilings(results);
		loadTables(conn, tablesIPC(results, facts));
		// As the page: the data's links (model/build.ts) with the user's nesting over them (rebuild), over the regions the filter offers.
		const known = [...new Set(facts.map((f) => f.region).filter((r) => r !== ''))];
		links = withUserNesting(regionLinks(known, facts), NESTING, known);
		offered = run(optionsQuery()).filter((r) => r.kind === 'region').map((r) => String(r.value ?? ''));
	});

	/** The region chart's bars as the dashboard computes them (Dashboard.svelte: byRegionQuery → regionBars). */
	const chartBars = (f: Filter): Cells => {
		const scope = regionScope(f, offered, links);
		const rows = run(byRegionQuery(f, 'participation', { regions: scope.regions }));
		const bars = regionBars(rows.map((r) => ({ region: String(r.region ?? ''), year: r.year === null ? null : Number(r.year), value: Number(r.value) })), scope.level);
		return Object.fromEntries(bars.map((b) => [`${b.region}/${b.year}`, b.value]));
	};
	/** The pack's region table (runSummaries, as the browser's and the CLI's pack run it). */
	const packTable = async (f: Filter): Promise<SummaryTable> => {
		const scope = regionScope(f, offered, links);
		const [t] = await runSummaries(runner, f, { regions: scope.regions }, [{ measure: 'participation', dim: 'region' }], { regionLevel: scope.level });
		return t;
	};
	const cellsOf = (t: SummaryTable): Cells =>
		Object.fromEntries(t.rows.flatMap((r) => t.years.flatMap((y, i) => (r.values[i] === null ? [] : [[`${r.key}/${y}`, r.values[i]!]]))));

	test('nothing chosen: the top-level regions, each with everything inside it — the table equals the chart', async () => {
		const bars = chartBars(emptyFilter());
		expect(bars).toEqual({ '宁县/2024': 230, '宁县/2023': 170, '正宁县/2024': 460, '正宁县/2023': 50, '/2024': 5 });
		const t = await packTable(emptyFilter());
		expect(cellsOf(t)).toEqual(bars);
		expect(t.rows.map((r) => [r.label, r.total])).toEqual([
			['正宁县', 510],
			['宁县', 400],
			['未知地区', 5]
		]);
		// The totals stay DuckDB's own sums, and equal the rows'.
		expect(t.totals.total).toBe(200 + 150 + 400 + 60 + 50 + 30 + 20 + 5);
		expect(t.rows.reduce((s, r) => s + r.total!, 0)).toBe(t.totals.total);
		// The table's chart draws the same bars.
		const chart = summaryChart(t).option as { xAxis?: { data?: string[] } | { data?: string[] }[]; yAxis?: { data?: string[] } | { data?: string[] }[] };
		const axes = [chart.xAxis, chart.yAxis].flat().flatMap((a) => a?.data ?? []);
		expect(axes).toEqual(expect.arrayContaining(['正宁县', '宁县', '未知地区']));
		expect(axes).not.toContain('正宁县山河镇');
		expect(axes).not.toContain('早胜镇');
	});

	test('a region chosen: the regions inside it and its own units as 本级 — the table equals the chart', async () => {
		for (const [region, expected, labels] of [
			['正宁县', { '正宁县/2024': 400, '正宁县山河镇/2024': 60, '正宁县山河镇/2023': 50 }, ['正宁县（本级）', '正宁县山河镇']],
			['宁县', { '宁县/2024': 200, '宁县/2023': 150, '早胜镇/2024': 30, '早胜镇/2023': 20 }, ['宁县（本级）', '早胜镇']]
		] as const) {
			const f = { ...emptyFilter(), regions: [region] };
			expect(chartBars(f)).toEqual(expected);
			const t = await packTable(f);
			expect(cellsOf(t)).toEqual(expected);
			expect(t.rows.map((r) => r.label)).toEqual(labels);
			const chart = JSON.stringify(summaryChart(t).option);
			expect(chart).toContain(`${region}（本级）`);
		}
	});

	test('without the user nesting 早胜镇 is a top-level row of its own; the flat grouping of old is gone', async () => {
		const dataOnly = regionLinks(offered.filter((r) => r !== ''), []);
		const scope = regionScope(emptyFilter(), offered, dataOnly);
		const [t] = await runSummaries(runner, emptyFilter(), {}, [{ measure: 'participation', dim: 'region' }], { regionLevel: scope.level });
		expect(t.rows.map((r) => r.key).sort()).toEqual(['', '宁县', '早胜镇', '正宁县'].sort());
		// Without a level the table is flat (every region, as stored): what the pack did before.
		const flat = summaryTable(run(summaryQuery(emptyFilter(), 'participation', 'region')), 'participation', 'region');
		expect(flat.rows.length).toBe(5);
	});

	test("the draft ranks the chart's bars, and every figure it cites is what SQL over the bar's regions gives", async () => {
		for (const f of [emptyFilter(), { ...emptyFilter(), regions: ['正宁县'] }]) {
			const scope = regionScope(f, offered, links);
			const where = { regions: scope.regions };
			const results: Row[][] = [];
			for (const q of draftQueries(f, where)) results.push(run(q));
			const draft = draftFromRows(results, { filter: f, failedFiles: [], regionLevel: scope.level }, 'zh');
			const sentence = draft.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === 'rank.region.participation')!;
			expect(sentence).toBeDefined();
			const text = sentence.parts.map((p) => (isToken(p) ? String(p.value) : p)).join('');
			const bars = chartBars({ ...f, years: [2024] });
			if (f.regions.length === 0) expect(text).toBe(`各地区中，正宁县参与人次最多（${bars['正宁县/2024']}人次），其次是宁县（${bars['宁县/2024']}人次）。`);
			else expect(text).toBe(`各地区中，正宁县（本级）参与人次最多（${bars['正宁县/2024']}人次），其次是正宁县山河镇（${bars['正宁县山河镇/2024']}人次）。`);
			for (const tok of sentence.parts.filter(isToken) as Token[]) expect(Number(run(tokenValueQuery(f, tok.query!, where))[0].value)).toBe(tok.value);
		}
	});
});

describe('npm run report --merges with a nesting gives the same region figures', () => {
	const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
	const CLI = join(process.cwd(), 'src/cli/report.ts');

	/** A region sheet of the pack: `label/year` → value for each row above 合计. */
	async function regionSheet(path: string): Promise<Record<string, number>> {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
		const ws = wb.getWorksheet('参与人次-按地区')!;
		const header = (ws.getRow(3).values as unknown[]).slice(1).map(String);
		const out: Record<string, number> = {};
		for (let r = 4; ws.getCell(r, 1).value !== '合计'; r++)
			header.forEach((h, i) => {
				const m = /^(\d{4})年$/.exec(h);
				const v = ws.getCell(r, i + 1).value;
				if (m && typeof v === 'number') out[`${ws.getCell(r, 1).value}/${m[1]}`] = v;
			});
		return out;
	}

	test('an .aqy carrying the nesting; --region within the tree; the Word draft too', () => {
		const dir = mkdtempSync(join(tmpdir(), 'report-nesting-'));
		const data = join(dir, '汇总.csv');
		writeFileSync(data, csv());
		const merges = { accepted: [], rejected: [], nesting: NESTING };
		writeFileSync(join(dir, 'ws.aqy'), encodeWorkspace({ files: [], decisions: { files: {}, profile: null, merges, demo: [] } }));
		const report = (out: string, ...args: string[]) => {
			const r = spawnSync(TSX, [CLI, '--out', join(dir, out), ...args, data], { encoding: 'utf8' });
			expect(r.status, r.stderr).toBe(0);
			return join(dir, out);
		};
		return (async () => {
			// The same bars as the chart test above: 早胜镇 inside 宁县 as the user said, 正宁县山河镇 inside 正宁县.
			const top = { '宁县/2024': 230, '宁县/2023': 170, '正宁县/2024': 460, '正宁县/2023': 50, '未知地区/2024': 5 };
			expect(await regionSheet(report('aqy.xlsx', '--merges', join(dir, 'ws.aqy')))).toEqual(top);
			// Without the nesting: 早胜镇 on its own.
			expect(await regionSheet(report('none.xlsx'))).toEqual({ '宁县/2024': 200, '宁县/2023': 150, '正宁县/2024': 460, '正宁县/2023': 50, '早胜镇/2024': 30, '早胜镇/2023': 20, '未知地区/2024': 5 });
			// --region 宁县: its own units and 早胜镇 inside it.
			expect(await regionSheet(report('ning.xlsx', '--merges', join(dir, 'ws.aqy'), '--region', '宁县'))).toEqual({ '宁县（本级）/2024': 200, '宁县（本级）/2023': 150, '早胜镇/2024': 30, '早胜镇/2023': 20 });
			// The Word 总结报告 ranks the same bars.
			const docx = report('report.docx', '--merges', join(dir, 'ws.aqy'));
			const text = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml']).replace(/<[^>]+>/g, '');
			expect(text).toContain('各地区中，正宁县参与人次最多（460人次），其次是宁县（230人次）。');
		})();
	}, 180_000);
});
