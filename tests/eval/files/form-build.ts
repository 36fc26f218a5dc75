/**
 * Writes one filled 进展情况统计表 as an Excel workbook (exceljs) or a Word document (the `docx` package):
 * title, the 填报单位/联系人/电话/填报日期 line (one merged cell, split cells, or a paragraph), the table
 * (活动项目 merged down or repeated, with or without 序号/内容要求 columns) and the notes under it.
 */
import ExcelJS from 'exceljs';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { colLetter, rng, type Fact } from './model';
import { fillForm, type FilledRow, type Hand } from './form-fill';
import type { FormTemplate } from './form-templates';

export interface FormSpec {
	name: string;
	about: string;
	format: 'xlsx' | 'xls' | 'docx';
	template: FormTemplate;
	/** The year written in the title ('' = a title without a year). */
	titleYear: number | '';
	campaign?: string;
	unit: string;
	/** The region the file says (from the unit's name or the file's name), '' when nothing says it. */
	region: string;
	/** What is typed after 填报日期 ('' = left blank; a Date = an Excel date cell). */
	date: string | Date;
	/** The year the facts belong to (the title's, else the date's, else the file name's). */
	year: number;
	hand: Hand;
	/** Columns: 活动项目 | 内容要求 | 进展情况 by default. */
	columns?: 'item-req-progress' | 'seq-item-progress' | 'item-sub-req-progress' | 'item-progress';
	mergeItems?: boolean;
	/** The header line as one merged cell (default) or label/value cells. */
	info?: 'line' | 'cells';
	/** A sheet before the form (联络员信息表). */
	sheetBefore?: string;
	sheet?: string;
	footer?: string[];
	/** Files of one unit and year the normalizer must see together (interim and final): the split keeps them on one side. */
	group?: string;
	status?: 'ok' | 'superseded';
}

const dateText = (d: string | Date) => (d instanceof Date ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日` : d);

function headers(spec: FormSpec): string[] {
	switch (spec.columns ?? 'item-req-progress') {
		case 'seq-item-progress': return ['序号', '活动项目', '进展情况'];
		case 'item-sub-req-progress': return ['活动项目', '', '内容要求', '进展情况'];
		case 'item-progress': return ['活动项目', '进展情况'];
		default: return ['活动项目', '内容要求', '进展情况'];
	}
}

function cellsOf(spec: FormSpec, row: FilledRow, k: number): string[] {
	switch (spec.columns ?? 'item-req-progress') {
		case 'seq-item-progress': return [String(k + 1), row.item, row.text];
		case 'item-sub-req-progress': return [row.item, row.sub ?? '', row.req ?? '', row.text];
		case 'item-progress': return [row.item, row.text];
		default: return [row.item, row.req || row.sub || '', row.text];
	}
}

const title = (spec: FormSpec) => spec.template.title.replace('{year}', spec.titleYear === '' ? '' : `${spec.titleYear}年`).replace(/\{campaign\}/g, spec.campaign ?? '安全生产万里行');

function toFacts(spec: FormSpec, filled: FilledRow[], sheet: string, cellOf: (k: number) => string): Fact[] {
	return filled.flatMap((row, k) =>
		row.facts.map((f) => ({
			...f,
			file: spec.name,
			sheet,
			cell: cellOf(k),
			unit: spec.unit.replace(/\s+/g, ''),
			region: spec.region,
			year: spec.year,
			status: f.metric_id ? (spec.status ?? 'ok') : 'unmapped'
		}))
	);
}

export async function buildForm(spec: FormSpec): Promise<{ bytes: Uint8Array; facts: Fact[] }> {
	const filled = fillForm(spec.template, spec.hand, rng(spec.name), spec.campaign ?? '安全生产万里行');
	return spec.format === 'docx' ? buildWord(spec, filled) : buildExcel(spec, filled);
}

async function buildExcel(spec: FormSpec, filled: FilledRow[]): Promise<{ bytes: Uint8Array; facts: Fact[] }> {
	const wb = new ExcelJS.Workbook();
	if (spec.sheetBefore) {
		const before = wb.addWorksheet(spec.sheetBefore);
		before.addRows([['单位', '联络员', '职务', '手机'], [spec.unit, '王晓燕', '办公室主任', '13812345678']]);
	}
	const sheet = spec.sheet ?? '统计表';
	const ws = wb.addWorksheet(sheet);
	const head = headers(spec);
	const width = head.length;
	ws.mergeCells(1, 1, 1, width);
	ws.getCell(1, 1).value = title(spec);
	ws.getCell(1, 1).font = { bold: true, size: 16 };
	ws.getCell(1, 1).alignment = { horizontal: 'center' };
	if ((spec.info ?? 'line') === 'line') {
		ws.mergeCells(2, 1, 2, width);
		ws.getCell(2, 1).value = `填报单位（盖章）：${spec.unit}    联系人：王晓燕    电话：13812345678    填报日期：${dateText(spec.date)}`;
	} else {
		ws.getCell(2, 1).value = '填报单位：';
		ws.getCell(2, 2).value = spec.unit;
		// The date's label and value right of the unit's, past the table's last column when the table is narrow.
		const at = Math.max(3, width - 1);
		ws.getCell(2, at).value = '填报日期：';
		if (spec.date !== '') ws.getCell(2, at + 1).value = spec.date;
		if (spec.date instanceof Date) ws.getCell(2, at + 1).numFmt = 'yyyy"年"m"月"d"日"';
	}
	head.forEach((h, i) => (ws.getCell(3, i + 1).value = h));
	if (head[1] === '') ws.mergeCells(3, 1, 3, 2);
	const progressCol = width;
	filled.forEach((row, k) => {
		cellsOf(spec, row, k).forEach((v, i) => {
			const cell = ws.getCell(4 + k, i + 1);
			cell.value = v;
			cell.alignment = { wrapText: true, vertical: 'middle' };
		});
	});
	if (spec.mergeItems) {
		const itemCol = head.indexOf('活动项目') + 1;
		let start = 0;
		for (let k = 1; k <= filled.length; k++) {
			if (k < filled.length && filled[k].item === filled[start].item) {
				ws.getCell(4 + k, itemCol).value = null;
				continue;
			}
			if (k - 1 > start) ws.mergeCells(4 + start, itemCol, 4 + k - 1, itemCol);
			start = k;
		}
	}
	let row = 4 + filled.length + 1;
	for (const l of spec.footer ?? []) ws.getCell(row++, 1).value = l;
	ws.getColumn(progressCol).width = 80;
	const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
	return { bytes, facts: toFacts(spec, filled, sheet, (k) => `${colLetter(progressCol)}${4 + k}`) };
}

async function buildWord(spec: FormSpec, filled: FilledRow[]): Promise<{ bytes: Uint8Array; facts: Fact[] }> {
	const head = headers(spec);
	const para = (t: string, bold = false) => new Paragraph({ children: [new TextRun({ text: t, bold, font: '仿宋' })] });
	const cell = (lines: string[], vMerge?: 'restart' | 'continue', span?: number) =>
		new TableCell({
			children: lines.map((l) => para(l)),
			verticalMerge: vMerge === 'restart' ? VerticalMergeType.RESTART : vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
			columnSpan: span
		});
	const headRow = new TableRow({ tableHeader: true, children: head[1] === '' ? [cell([head[0]], undefined, 2), ...head.slice(2).map((h) => cell([h]))] : head.map((h) => cell([h])) });
	const itemIdx = head.indexOf('活动项目');
	const rows = filled.map((row, k) => {
		const texts = cellsOf(spec, row, k);
		const merged = spec.mergeItems && filled.length > 1;
		return new TableRow({
			children: texts.map((t, i) => {
				const lines = i === texts.length - 1 ? t.split('\n') : [t];
				if (i !== itemIdx || !merged) return cell(lines);
				const same = (a?: FilledRow) => a !== undefined && a.item === row.item;
				if (same(filled[k - 1])) return cell([''], 'continue');
				return cell(lines, same(filled[k + 1]) ? 'restart' : undefined);
			})
		});
	});
	const doc = new Document({
		sections: [
			{
				children: [
					new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title(spec), bold: true, size: 36, font: '方正小标宋简体' })] }),
					para(`填报单位（盖章）：${spec.unit}        联系人：李红        电话：0833-8881234        填报日期：${dateText(spec.date)}`),
					new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headRow, ...rows] }),
					...(spec.footer ?? []).map((l) => para(l))
				]
			}
		]
	});
	const bytes = new Uint8Array(await Packer.toBuffer(doc));
	return { bytes, facts: toFacts(spec, filled, '', () => '') };
}
