/**
 * The 总结报告 as a Word document (docx, MIT; it runs in the browser and in
 * Node): the draft's paragraphs, then the summary tables as real Word tables,
 * each followed by its chart (PNG at print resolution) with title and source
 * line. A4, body in 仿宋 (三号, fixed 28-point lines, two-character first-line
 * indent) as official documents use, headings in 黑体, tables in 宋体. Figures
 * in the tables are exact; the text writes them as the draft does.
 * Pure: no DOM, no Node APIs; returns the file's bytes.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, LineRuleType, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { paragraphText, type Draft } from '../report/draft/model';
import { summaryHeaders, summaryTitle, type SummaryTable } from '../report/summary';
import { formatNumber } from '../chart/format';
import type { FilterLine } from '../report/describe';
import { isoDate } from '../report/charts';

export interface DocxChart {
	png: Uint8Array;
	/** The size it was laid out at (the PNG has more pixels); the page shows it at this aspect. */
	width: number;
	height: number;
	title: string;
	/** 数据来源 … line printed under the image. */
	source: string;
}

export interface DocxSection {
	table: SummaryTable;
	/** Rows shown (the rest are counted in a note); all when undefined. */
	maxRows?: number;
	chart: DocxChart | null;
}

export interface DocxReportInput {
	draft: Draft;
	filters: FilterLine[];
	generatedAt: Date;
	sections: DocxSection[];
}

const FANGSONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const HEITI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const SONGTI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
/** Half-points: 三号 16pt, 二号 22pt, 四号 14pt, 五号 10.5pt. */
const SIZE = { title: 44, heading: 32, body: 32, caption: 28, table: 21, note: 21 };
/** A4 in twips, with 2.5 cm side margins and 3.7 / 3.5 cm top / bottom (GB/T 9704 proportions). */
const PAGE = { width: 11906, height: 16838, margin: { top: 2098, bottom: 1984, left: 1417, right: 1417 } };
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** The text width in CSS pixels (96 dpi): images are placed at this width. */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

const body = (text: string) =>
	new Paragraph({
		children: [new TextRun({ text, font: FANGSONG, size: SIZE.body })],
		indent: { firstLineChars: 200 },
		spacing: { line: 560, lineRule: LineRuleType.EXACT },
		alignment: AlignmentType.JUSTIFIED
	});

// Black (a heading style's theme colour would tint it), kept with what follows it.
const heading = (text: string, size = SIZE.heading) =>
	new Paragraph({ children: [new TextRun({ text, font: HEITI, size, color: '000000' })], heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240, after: 120 } });

const small = (text: string, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
	new Paragraph({ children: [new TextRun({ text, font: FANGSONG, size: SIZE.note })], alignment: align, spacing: { after: 120 } });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function cell(text: string, opts: { header?: boolean; number?: boolean; width: number }): TableCell {
	return new TableCell({
		width: { size: opts.width, type: WidthType.DXA },
		borders: { top: border, bottom: border, left: border, right: border },
		children: [
			new Paragraph({
				children: [new TextRun({ text, font: opts.header ? HEITI : SONGTI, size: SIZE.table })],
				alignment: opts.number ? AlignmentType.RIGHT : opts.header ? AlignmentType.CENTER : AlignmentType.LEFT
			})
		]
	});
}

const pct = (v: number | null) => (v === null ? '—' : `${v >= 0 ? '+' : ''}${v.toFixed(1)}%`);
const signed = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${formatNumber(v)}`);

/** A summary table as a Word table: header row, one row per key (up to maxRows), the 合计 row. */
export function summaryWordTable(t: SummaryTable, maxRows = t.rows.length): Table {
	const headers = summaryHeaders(t);
	const first = Math.round(TEXT_WIDTH * 0.28);
	const rest = Math.floor((TEXT_WIDTH - first) / (headers.length - 1));
	const widths = headers.map((_, i) => (i === 0 ? first : rest));
	const line = (cells: string[], header = false) =>
		new TableRow({ tableHeader: header, children: cells.map((c, i) => cell(c, { header, number: !header && i > 0, width: widths[i] })) });
	const rowCells = (label: string, values: (number | null)[], total: number | null, change: { abs: number | null; pct: number | null }) => [
		label,
		...values.map((v) => (v === null ? '' : formatNumber(v))),
		total === null ? '' : formatNumber(total),
		signed(change.abs),
		pct(change.pct)
	];
	return new Table({
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		columnWidths: widths,
		rows: [
			line(headers, true),
			...t.rows.slice(0, maxRows).map((r) => line(rowCells(r.label, r.values, r.total, r.change))),
			line(rowCells('合计', t.totals.values, t.totals.total, t.totals.change))
		]
	});
}

function chartParagraphs(c: DocxChart): Paragraph[] {
	const width = Math.min(TEXT_WIDTH_PX, c.width);
	const height = Math.round((width * c.height) / c.width);
	return [
		new Paragraph({ children: [new ImageRun({ type: 'png', data: c.png, transformation: { width, height }, altText: { name: c.title, title: c.title, description: c.title } })], alignment: AlignmentType.CENTER, spacing: { before: 200 } }),
		small(`图：${c.title}。${c.source}`, AlignmentType.CENTER)
	];
}

export async function buildReportDocx(input: DocxReportInput): Promise<Uint8Array> {
	const { draft } = input;
	const children: (Paragraph | Table)[] = [
		new Paragraph({ children: [new TextRun({ text: draft.title, font: HEITI, size: SIZE.title, color: '000000' })], alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
		small(`${input.filters.map((f) => `${f.label}：${f.value}`).join('；')}　生成日期：${isoDate(input.generatedAt)}`, AlignmentType.CENTER)
	];
	for (const p of draft.paragraphs) {
		if (p.heading) children.push(heading(p.heading));
		children.push(body(paragraphText(p, draft.lang)));
	}
	if (input.sections.length) children.push(heading(draft.lang === 'zh' ? '附：统计表和图表' : 'Annex: tables and charts'));
	for (const s of input.sections) {
		const title = summaryTitle(s.table);
		children.push(heading(title, SIZE.caption));
		children.push(summaryWordTable(s.table, s.maxRows));
		if (s.maxRows !== undefined && s.table.rows.length > s.maxRows) children.push(small(`（表中列出前${s.maxRows}位，共${s.table.rows.length}个；合计为全部之和。）`));
		if (s.chart) children.push(...chartParagraphs(s.chart));
	}
	const doc = new Document({
		creator: '安全月看板',
		title: draft.title,
		styles: { default: { document: { run: { font: FANGSONG, size: SIZE.body } } } },
		sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } }, children }]
	});
	return new Uint8Array(await Packer.toArrayBuffer(doc));
}
