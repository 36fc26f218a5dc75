/**
 * The report's exports in the browser, on the same core as the CLI
 * (cli/report-pack.ts): the same summary SQL through the dashboard's DuckDB,
 * the same chart options and frames, the same workbook builder — only the
 * charts are drawn on a canvas instead of with resvg. exceljs and the
 * workbook/template builders are imported here, dynamically, so they are
 * loaded only when the user asks for an XLSX.
 */
import type { QueryRunner } from '$lib/db/types';
import type { Filter } from '$lib/query/filter';
import type { WhereOptions } from '$lib/query/sql';
import type { RegionLevel } from '$lib/query/regions';
import type { Entry, FileRowView } from '$lib/dashboard/app.svelte';
import { runSummaries, REPORT_TABLES, type SummaryTable } from '$lib/report/summary';
import { withGaps } from '$lib/report/gaps';
import type { Unreported } from '$lib/query/gaps';
import { reportFactsQuery, toFactRows } from '$lib/report/facts';
import { isoDate, REPORT_CHART_SIZE, summaryChart, summaryFrame, type ReportContext } from '$lib/report/charts';
import { describeFilter, filterLines, REPORT_TITLE } from '$lib/report/describe';
import { A4_CHART_SIZE, chartPngDataUrl, dataUrlBytes, type ChartSize } from '$lib/export/chart-export';
import type { ReportChartImage, ReportFile, ReportProblem } from '$lib/export/xlsx';
import type { TemplateOptions } from '$lib/export/template';
import type { DocxReportRequest } from '$lib/export/docx-report';
import { checkProblems, fileProblems } from '$lib/export/problems';
import type { Check } from '$lib/checks/types';
import type { CheckCounts } from '$lib/model/protocol';


export type PackStage = { stage: 'query' } | { stage: 'charts'; done: number; total: number } | { stage: 'write' };

/** Lets the page paint (progress) between heavy steps. */
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export function reportContext(filter: Filter, rows: readonly FileRowView[], generatedAt: Date): ReportContext {
	return { filterText: describeFilter(filter), fileCount: rows.filter((r) => r.status === 'read').length, generatedAt };
}

export function reportFiles(rows: readonly FileRowView[]): ReportFile[] {
	return rows.map((r) => ({ file: r.file, format: r.format, status: r.status, facts: r.facts, unmapped: r.unmapped, superseded: r.superseded, errorZh: r.errorZh }));
}

/** The 问题与提示 sheet: every file's problems, then every check and merge proposal the 检查 tab lists. */
export function reportProblems(entries: readonly Entry[], checks: readonly Check[] = [], counts: CheckCounts = {}): ReportProblem[] {
	const unlisted: Record<string, number> = {};
	for (const [code, n] of Object.entries(counts)) unlisted[code] = n.total - checks.filter((c) => c.code === code).length;
	return [...fileProblems(entries.map((e) => e.result)), ...checkProblems(checks, unlisted)];
}

/** Every table's chart as a PNG data URL, drawn at `size` (yielding between charts). */
export async function drawCharts(
	tables: readonly SummaryTable[],
	ctx: ReportContext,
	size: ChartSize,
	onChart: (done: number, total: number) => void
): Promise<string[]> {
	const out: string[] = [];
	for (const t of tables) {
		onChart(out.length, tables.length);
		await yieldToPage();
		out.push(await chartPngDataUrl(summaryChart(t).option, summaryFrame(t, ctx), size));
	}
	onChart(out.length, tables.length);
	return out;
}

export function packFileName(generatedAt: Date): string {
	return `${REPORT_TITLE}-${isoDate(generatedAt)}.xlsx`;
}

export interface PackInput {
	runner: QueryRunner;
	filter: Filter;
	where: WhereOptions;
	rows: readonly FileRowView[];
	entries: readonly Entry[];
	/** The checks now listed (warnings, notes, merge proposals) and their exact counts per rule. */
	checks: readonly Check[];
	checkCounts: CheckCounts;
	generatedAt: Date;
	onStage: (s: PackStage) => void;
	/** The roster's completion lines for the cover (none without a roster). */
	completion?: string[];
	/** Roster units under the filter with nothing readable, when the page shows them: 未报 rows in the by-unit table, empty slots on its chart. */
	unreported?: readonly Unreported[];
	/** The level of the region tree the region chart shows: the region tables list its bars (report/summary.ts). */
	regionLevel?: RegionLevel;
}

/** The report pack, as the CLI builds it from the same files: every table, its chart, the facts, the problems. */
export async function buildPackInBrowser(input: PackInput): Promise<Uint8Array> {
	input.onStage({ stage: 'query' });
	const xlsx = import('$lib/export/xlsx');
	const tables = withGaps(await runSummaries(input.runner, input.filter, input.where, REPORT_TABLES, { regionLevel: input.regionLevel }), input.unreported);
	const facts = toFactRows(await input.runner.query(reportFactsQuery(input.filter, input.where)));
	const ctx = reportContext(input.filter, input.rows, input.generatedAt);
	const urls = await drawCharts(tables, ctx, REPORT_CHART_SIZE, (done, total) => input.onStage({ stage: 'charts', done, total }));
	const charts: ReportChartImage[] = tables.map((t, i) => ({ measure: t.measure, dim: t.dim, png: dataUrlBytes(urls[i]), width: REPORT_CHART_SIZE.width, height: REPORT_CHART_SIZE.height }));
	input.onStage({ stage: 'write' });
	await yieldToPage();
	const { buildReportPack } = await xlsx;
	return buildReportPack({
		generatedAt: input.generatedAt,
		filters: filterLines(input.filter),
		files: reportFiles(input.rows),
		tables,
		charts,
		facts,
		problems: reportProblems(input.entries, input.checks, input.checkCounts),
		completion: input.completion
	});
}

/** The on-screen summary tables as one workbook. */
export async function summaryXlsx(tables: readonly SummaryTable[], filter: Filter, generatedAt: Date): Promise<Uint8Array> {
	const { buildSummaryXlsx } = await import('$lib/export/xlsx');
	return buildSummaryXlsx(tables, { subtitle: describeFilter(filter), generatedAt });
}

export async function templateXlsx(opts: TemplateOptions): Promise<{ name: string; bytes: Uint8Array }> {
	const { buildTemplate, templateFileName } = await import('$lib/export/template');
	return { name: templateFileName(opts), bytes: await buildTemplate(opts) };
}

/** The collection template as a Word form; the `docx` library loads only now. */
export async function templateDocx(opts: TemplateOptions): Promise<{ name: string; bytes: Uint8Array }> {
	const { buildTemplateDocx, templateDocxFileName } = await import('$lib/export/template-docx');
	return { name: templateDocxFileName(opts), bytes: await buildTemplateDocx(opts) };
}

/** What the printable report shows: every table with its chart (A4-sized images). */
export interface PrintDoc {
	generatedAt: Date;
	filters: { label: string; value: string }[];
	fileCount: number;
	tables: SummaryTable[];
	images: string[];
}

export async function buildPrintDoc(
	input: Omit<PackInput, 'entries' | 'checks' | 'checkCounts' | 'onStage'> & { onChart: (done: number, total: number) => void }
): Promise<PrintDoc> {
	const tables = withGaps(await runSummaries(input.runner, input.filter, input.where, REPORT_TABLES, { regionLevel: input.regionLevel }), input.unreported);
	const ctx = reportContext(input.filter, input.rows, input.generatedAt);
	const images = await drawCharts(tables, ctx, A4_CHART_SIZE, input.onChart);
	return { generatedAt: input.generatedAt, filters: filterLines(input.filter), fileCount: ctx.fileCount, tables, images };
}

/** The 总结报告 as Word, as the CLI writes it: the draft (with the clerk's edits), the tables, the charts drawn on a canvas. docx loads only now. */
export async function buildDocxInBrowser(input: Omit<DocxReportRequest, 'renderChart'>): Promise<{ name: string; bytes: Uint8Array }> {
	const { buildDocxReport } = await import('$lib/export/docx-report');
	const bytes = await buildDocxReport({
		...input,
		renderChart: async (option, frame) => {
			await yieldToPage();
			return { png: dataUrlBytes(await chartPngDataUrl(option, frame, A4_CHART_SIZE)), ...A4_CHART_SIZE };
		}
	});
	return { name: `${REPORT_TITLE}-总结报告-${isoDate(input.generatedAt)}.docx`, bytes };
}
