/**
 * XLSX exports written with exceljs (it runs in the browser and in Node): the
 * summary tables alone, the facts alone, and the report pack — a cover sheet
 * (title, filters, source files, date), one sheet per summary table with its
 * chart beside it, the facts with provenance, the unmapped items and the
 * problems. Every text cell is neutralized like the CSV export. Images come in
 * as PNG bytes (the browser draws them on a canvas, the CLI with resvg).
 * Pure: no DOM, no Node APIs; returns the file's bytes.
 */
import ExcelJS from 'exceljs';
import { neutralize, factCell } from './csv';
import { FACT_EXPORT_COLUMNS, type FactExportRow } from '../report/facts';
import { summaryHeaders, summaryTitle, DIM_ZH, MEASURE_ZH, type SummaryDim, type SummaryTable } from '../report/summary';
import type { Measure } from '../query/filter';
import { unmappedItems } from '../report/facts';
import { isoDate } from '../report/charts';
import { getActivity, getMetric } from '../schema/index';
import { REPORT_TITLE, type FilterLine } from '../report/describe';


export interface ReportFile {
	file: string;
	format: string | null;
	status: 'read' | 'error';
	/** Facts that count or were superseded (db/arrow FileRow.facts). */
	facts: number;
	unmapped: number;
	superseded: number;
	errorZh: string | null;
}

export interface ReportProblem {
	file: string;
	level: string;
	code: string;
	zh: string;
	en: string;
	sheet?: string | null;
	cell?: string | null;
}

export interface ReportChartImage {
	measure: Measure;
	dim: SummaryDim;
	png: Uint8Array;
	/** The size the chart was laid out at (CSS pixels); the PNG may have more pixels (print resolution). */
	width: number;
	height: number;
}

export interface ReportPackInput {
	title?: string;
	generatedAt: Date;
	filters: FilterLine[];
	files: ReportFile[];
	tables: SummaryTable[];
	charts: ReportChartImage[];
	/** The facts under the filter, every status, with provenance. */
	facts: FactExportRow[];
	problems: ReportProblem[];
	/** How complete the figures are, per roster year (`2024年：应报30家，已报18家（60%）…`); none without a roster. */
	completion?: string[];
}

const FONT = '微软雅黑';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Width (in Excel's character units) the embedded charts are shown at, in pixels. */
const IMAGE_WIDTH = 720;

const LEVEL_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
const STATUS_ZH: Record<string, string> = { ok: '有效', unmapped: '未映射', superseded: '已被替代', ignored: '已忽略', read: '已读取', error: '无法读取' };

type CellInput = string | number | null | undefined | Date;

/** A value as written into a cell: text neutralized, numbers and dates as they are, blank as blank. */
function cellValue(v: CellInput): ExcelJS.CellValue {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string') return neutralize(v);
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	return v;
}

/** Display width of a text in Excel's character units (CJK characters count double). */
function textWidth(s: string): number {
	let w = 0;
	for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
	return w;
}

function fitColumns(ws: ExcelJS.Worksheet, widths: number[], min = 8, max = 60): void {
	widths.forEach((w, i) => (ws.getColumn(i + 1).width = Math.max(min, Math.min(max, w + 2))));
}

function headerRow(ws: ExcelJS.Worksheet, row: number, headers: string[]): void {
	const r = ws.getRow(row);
	headers.forEach((h, i) => {
		const c = r.getCell(i + 1);
		c.value = cellValue(h);
		c.font = { name: FONT, bold: true };
		c.fill = HEADER_FILL;
		c.border = BORDER;
		c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
	});
}

const isInt = (n: number | null) => n === null || Number.isInteger(n);

/** `#,##0` for whole numbers, two decimals otherwise; signed for changes. */
function numberFormat(values: (number | null)[], signed = false): string {
	const base = values.every(isInt) ? '#,##0' : '#,##0.00';
	return signed ? `+${base};-${base};0` : base;
}

const sheetNameOf = (t: Pick<SummaryTable, 'measure' | 'dim'>) => `${MEASURE_ZH[t.measure]}-按${DIM_ZH[t.dim]}`;

/**
 * One summary table on its own sheet: title and subtitle, the header row
 * (frozen with the name column), a row per unit/region/activity, the 合计 row.
 * Returns the number of columns used.
 */
function writeSummarySheet(ws: ExcelJS.Worksheet, t: SummaryTable, subtitle: string): number {
	const headers = summaryHeaders(t);
	ws.getCell('A1').value = cellValue(summaryTitle(t));
	ws.getCell('A1').font = { name: FONT, bold: true, size: 14 };
	ws.getCell('A2').value = cellValue(subtitle);
	ws.getCell('A2').font = { name: FONT, size: 10, color: { argb: 'FF666666' } };
	headerRow(ws, 3, headers);
	const all = t.rows.flatMap((r) => [...r.values, r.total]).concat(t.totals.values, [t.totals.total]);
	const valueFmt = numberFormat(all);
	const changeFmt = numberFormat([...t.rows.map((r) => r.change.abs), t.totals.change.abs], true);
	const pctFmt = '+0.0%;-0.0%;0.0%';
	const write = (rowNo: number, label: string, values: (number | null)[], total: number | null, abs: number | null, pct: number | null, bold: boolean) => {
		const row = ws.getRow(rowNo);
		const cells: CellInput[] = [label, ...values, total, abs, pct === null ? null : pct / 100];
		cells.forEach((v, i) => {
			const c = row.getCell(i + 1);
			c.value = cellValue(v);
			c.border = BORDER;
			c.font = { name: FONT, bold };
			if (i === 0) return;
			c.numFmt = i === cells.length - 1 ? pctFmt : i === cells.length - 2 ? changeFmt : valueFmt;
			c.alignment = { horizontal: 'right' };
		});
	};
	t.rows.forEach((r, i) => write(4 + i, r.label, r.values, r.total, r.change.abs, r.change.pct, false));
	write(4 + t.rows.length, '合计', t.totals.values, t.totals.total, t.totals.change.abs, t.totals.change.pct, true);
	ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4', activeCell: 'B4' }];
	fitColumns(ws, [Math.max(textWidth(headers[0]), ...t.rows.map((r) => textWidth(r.label)), 6), ...headers.slice(1).map((h) => Math.max(12, textWidth(h)))], 8, 40);
	return headers.length;
}

function base64(bytes: Uint8Array): string {
	const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
	let out = '';
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
		out += abc[n >> 18] + abc[(n >> 12) & 63] + abc[(n >> 6) & 63] + abc[n & 63];
	}
	if (i < bytes.length) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8);
		out += abc[n >> 18] + abc[(n >> 12) & 63] + (i + 1 < bytes.length ? abc[(n >> 6) & 63] : '=') + '=';
	}
	return out;
}

function newWorkbook(generatedAt: Date): ExcelJS.Workbook {
	const wb = new ExcelJS.Workbook();
	wb.creator = '安全月看板';
	wb.created = generatedAt;
	wb.modified = generatedAt;
	return wb;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
	const buf = await wb.xlsx.writeBuffer();
	return new Uint8Array(buf as ArrayBuffer);
}

function writeFactsSheet(ws: ExcelJS.Worksheet, facts: readonly FactExportRow[]): void {
	const headers = [...FACT_EXPORT_COLUMNS.map(([, zh]) => zh), '活动名称', '指标名称'];
	headerRow(ws, 1, headers);
	const valueCol = FACT_EXPORT_COLUMNS.findIndex(([k]) => k === 'value') + 1;
	facts.forEach((f, i) => {
		const values: CellInput[] = [
			...FACT_EXPORT_COLUMNS.map(([k]) => {
				const v = factCell(f, k);
				return k === 'status' ? (STATUS_ZH[String(v)] ?? (v as string)) : typeof v === 'boolean' ? (v ? '是' : '') : (v as CellInput);
			}),
			f.activityId ? (getActivity(f.activityId)?.zh ?? null) : null,
			f.metricId ? (getMetric(f.metricId)?.zh ?? null) : null
		];
		const row = ws.getRow(2 + i);
		row.values = values.map(cellValue);
		if (f.value !== null) row.getCell(valueCol).numFmt = Number.isInteger(f.value) ? '#,##0' : '#,##0.00';
	});
	ws.views = [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
	ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
	fitColumns(ws, [24, 12, 8, 22, 14, 8, 12, 16, 28, 36, 12, 6, 24, 36, 10, 16, 28]);
}

/** The summary tables as one workbook (the on-screen tables' XLSX download). */
export async function buildSummaryXlsx(tables: readonly SummaryTable[], opts: { subtitle: string; generatedAt: Date }): Promise<Uint8Array> {
	const wb = newWorkbook(opts.generatedAt);
	for (const t of tables) writeSummarySheet(wb.addWorksheet(sheetNameOf(t)), t, opts.subtitle);
	return bytesOf(wb);
}

/** The facts with provenance as a workbook (the data table's XLSX download). */
export async function buildFactsXlsx(facts: readonly FactExportRow[], opts: { generatedAt: Date }): Promise<Uint8Array> {
	const wb = newWorkbook(opts.generatedAt);
	writeFactsSheet(wb.addWorksheet('数据明细'), facts);
	return bytesOf(wb);
}

/** A plain table as a workbook: a title row, the header, the rows (the 催报 list's download). */
export async function buildTableXlsx(input: { sheet: string; title: string; headers: string[]; rows: CellInput[][]; generatedAt: Date }): Promise<Uint8Array> {
	const wb = newWorkbook(input.generatedAt);
	const ws = wb.addWorksheet(input.sheet);
	ws.getCell('A1').value = cellValue(input.title);
	ws.getCell('A1').font = { name: FONT, bold: true, size: 14 };
	headerRow(ws, 2, input.headers);
	input.rows.forEach((row, i) => (ws.getRow(3 + i).values = row.map(cellValue)));
	fitColumns(ws, input.headers.map((h, c) => Math.max(h.length * 2, ...input.rows.map((row) => String(row[c] ?? '').length * 2))));
	return bytesOf(wb);
}

/** The report pack: cover, summary sheets with charts, facts, unmapped items, problems. */
export async function buildReportPack(input: ReportPackInput): Promise<Uint8Array> {
	const wb = newWorkbook(input.generatedAt);
	const title = input.title ?? REPORT_TITLE;
	const subtitle = input.filters.map((f) => `${f.label}：${f.value}`).join('；');

	// Cover.
	const cover = wb.addWorksheet('封面', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
	cover.mergeCells('A1:G1');
	cover.getCell('A1').value = cellValue(title);
	cover.getCell('A1').font = { name: FONT, bold: true, size: 20 };
	cover.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
	cover.getRow(1).height = 40;
	let r = 3;
	const pair = (label: string, value: CellInput) => {
		cover.getCell(r, 1).value = cellValue(label);
		cover.getCell(r, 1).font = { name: FONT, bold: true };
		cover.getCell(r, 2).value = cellValue(value);
		cover.getCell(r, 2).font = { name: FONT };
		r++;
	};
	pair('生成日期', isoDate(input.generatedAt));
	pair('筛选条件', input.filters.length ? null : '全部数据');
	for (const f of input.filters) pair(`  ${f.label}`, f.value);
	pair('统计口径', '仅计入有效数据；被替代的重复填报、未映射及忽略的项目不计入合计');
	for (const [i, line] of (input.completion ?? []).entries()) pair(i === 0 ? '报送情况' : '', line);
	r++;
	cover.getCell(r, 1).value = cellValue('数据来源文件');
	cover.getCell(r, 1).font = { name: FONT, bold: true, size: 12 };
	r++;
	const fileHeaders = ['文件', '格式', '状态', '有效及被替代数据', '未映射', '已被替代', '说明'];
	headerRow(cover, r, fileHeaders);
	r++;
	for (const f of input.files) {
		const row = cover.getRow(r++);
		row.values = [f.file, f.format ?? '', STATUS_ZH[f.status] ?? f.status, f.facts, f.unmapped, f.superseded, f.errorZh ?? ''].map(cellValue);
		for (const c of [4, 5, 6]) row.getCell(c).numFmt = '#,##0';
		row.eachCell((c) => (c.border = BORDER));
	}
	r++;
	cover.getCell(r, 1).value = cellValue('目录');
	cover.getCell(r, 1).font = { name: FONT, bold: true, size: 12 };
	r++;
	const contents = [...input.tables.map(sheetNameOf), '数据明细', '未映射项目', '问题与提示'];
	for (const name of contents) cover.getCell(r++, 1).value = cellValue(name);
	fitColumns(cover, [Math.max(16, ...input.files.map((f) => textWidth(f.file))), 10, 10, 16, 10, 10, 40], 8, 60);

	// One sheet per summary table, its chart beside it.
	for (const t of input.tables) {
		const ws = wb.addWorksheet(sheetNameOf(t), { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
		const cols = writeSummarySheet(ws, t, subtitle);
		const chart = input.charts.find((c) => c.measure === t.measure && c.dim === t.dim);
		if (chart) {
			const id = wb.addImage({ base64: base64(chart.png), extension: 'png' });
			const width = IMAGE_WIDTH;
			ws.addImage(id, { tl: { col: cols + 1, row: 2 }, ext: { width, height: Math.round((width * chart.height) / chart.width) }, editAs: 'oneCell' });
		}
	}

	writeFactsSheet(wb.addWorksheet('数据明细'), input.facts);

	const unmapped = wb.addWorksheet('未映射项目');
	const items = unmappedItems(input.facts);
	headerRow(unmapped, 1, ['原表标签', '出现次数', '数值合计', '涉及文件', '首次出现位置']);
	items.forEach((it, i) => {
		const row = unmapped.getRow(2 + i);
		row.values = [it.label, it.count, it.sum, it.files.join('、'), it.example].map(cellValue);
		row.getCell(2).numFmt = '#,##0';
		row.getCell(3).numFmt = numberFormat([it.sum]);
	});
	unmapped.views = [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
	fitColumns(unmapped, [Math.max(20, ...items.map((it) => textWidth(it.label))), 10, 12, 30, 36], 8, 60);

	const problems = wb.addWorksheet('问题与提示');
	headerRow(problems, 1, ['文件', '级别', '代码', '说明', 'Description', '工作表', '单元格']);
	input.problems.forEach((p, i) => {
		problems.getRow(2 + i).values = [p.file, LEVEL_ZH[p.level] ?? p.level, p.code, p.zh, p.en, p.sheet ?? '', p.cell ?? ''].map(cellValue);
	});
	problems.views = [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
	fitColumns(problems, [24, 6, 18, 50, 50, 12, 8]);

	return bytesOf(wb);
}
