/**
 * The Word report from a database, the same in the browser and the CLI: the
 * draft (its SQL, the clerk's edits applied), the summary tables that have
 * figures and their charts. Only the chart drawing differs between the doors
 * (a canvas in the browser, ECharts SSR + resvg in Node), so it comes in as a
 * function. Pure otherwise; the browser imports this module only when a
 * .docx is asked for (docx is not in the start-up bundle).
 */
import type { EChartsOption } from 'echarts';
import type { QueryRunner } from '../db/types';
import type { Filter, Measure } from '../query/filter';
import type { WhereOptions } from '../query/sql';
import type { Frame } from '../chart/frame';
import { MEASURE_IDS } from '../query/filter';
import { runSummaries, type SummaryDim, type SummaryTable } from '../report/summary';
import { summaryChart, summaryFrame } from '../report/charts';
import { describeFilter, filterLines } from '../report/describe';
import { draftFromRows, draftQueries, finalDraft, type DraftContext, type DraftEdits, type DraftLang } from '../report/draft/index';
import { buildReportDocx, type DocxSection } from './docx';

/** The tables the Word report annexes, per measure: by region, by activity, by unit (the first UNIT_ROWS units). */
export const DOCX_TABLES: readonly { measure: Measure; dim: SummaryDim }[] = MEASURE_IDS.flatMap((measure) => (['region', 'activity', 'unit'] as const).map((dim) => ({ measure, dim })));
export const DOCX_UNIT_ROWS = 20;

/** A table is annexed when it has a figure; a region table only when there are two regions or more to compare. */
export function docxTablesWorthShowing(tables: readonly SummaryTable[]): SummaryTable[] {
	return tables.filter((t) => t.totals.total !== null && (t.dim !== 'region' || t.rows.length > 1));
}

export interface DocxReportRequest {
	runner: QueryRunner;
	filter: Filter;
	where: WhereOptions;
	draft: DraftContext;
	lang: DraftLang;
	edits: DraftEdits;
	fileCount: number;
	generatedAt: Date;
	/** Draws a chart as PNG bytes at print resolution, with the size it was laid out at. */
	renderChart: (option: EChartsOption, frame: Frame) => Promise<{ png: Uint8Array; width: number; height: number }>;
	onStage?: (stage: 'query' | 'charts' | 'write', done?: number, total?: number) => void;
}

export async function buildDocxReport(r: DocxReportRequest): Promise<Uint8Array> {
	r.onStage?.('query');
	const results = [];
	for (const q of draftQueries(r.filter, r.where)) results.push(await r.runner.query(q));
	const draft = finalDraft(draftFromRows(results, r.draft, r.lang), r.edits);
	const tables = docxTablesWorthShowing(await runSummaries(r.runner, r.filter, r.where, DOCX_TABLES, { regionLevel: r.draft.regionLevel ?? undefined }));
	const ctx = { filterText: describeFilter(r.filter), fileCount: r.fileCount, generatedAt: r.generatedAt };
	const sections: DocxSection[] = [];
	for (const t of tables) {
		r.onStage?.('charts', sections.length, tables.length);
		const frame = summaryFrame(t, ctx);
		const img = await r.renderChart(summaryChart(t).option, frame);
		sections.push({ table: t, maxRows: t.dim === 'unit' ? DOCX_UNIT_ROWS : undefined, chart: { ...img, title: frame.title, source: frame.footnote ?? '' } });
	}
	r.onStage?.('write');
	return buildReportDocx({ draft, filters: filterLines(r.filter), generatedAt: r.generatedAt, sections });
}
