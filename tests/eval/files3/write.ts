/**
 * Writers of the third set: a grid of cells (with merges) as .xlsx (exceljs), .xls (SheetJS, BIFF8) or .csv
 * (UTF-8 with BOM, or GBK by iconv-lite); a Word document (the `docx` package) of paragraphs and one table;
 * .doc by LibreOffice from that .docx.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type Cell = string | number | null;
export interface Merge {
	r1: number;
	c1: number;
	r2: number;
	c2: number;
}
export interface Grid {
	sheet: string;
	rows: Cell[][];
	merges: Merge[];
}

export async function xlsxOf(grids: Grid[]): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'WPS';
	for (const g of grids) {
		const ws = wb.addWorksheet(g.sheet);
		g.rows.forEach((row, r) =>
			row.forEach((v, c) => {
				if (v !== null && v !== '') ws.getCell(r + 1, c + 1).value = v;
			}),
		);
		for (const m of g.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
		ws.columns.forEach((col, i) => (col.width = i === 0 ? 8 : 22));
	}
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function xlsOf(grids: Grid[]): Uint8Array {
	const wb = XLSX.utils.book_new();
	for (const g of grids) {
		const ws = XLSX.utils.aoa_to_sheet(g.rows.map((row) => row.map((v) => (v === '' ? null : v))));
		ws['!merges'] = g.merges.map((m) => ({ s: { r: m.r1, c: m.c1 }, e: { r: m.r2, c: m.c2 } }));
		XLSX.utils.book_append_sheet(wb, ws, g.sheet);
	}
	return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xls' }));
}

const csvField = (v: Cell) => {
	const s = v === null ? '' : String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export function csvOf(rows: Cell[][], encoding: 'utf8bom' | 'gbk', eol = '\r\n'): Uint8Array {
	const text = rows.map((r) => r.map(csvField).join(',')).join(eol) + eol;
	return encoding === 'gbk' ? new Uint8Array(iconv.encode(text, 'gbk')) : new Uint8Array(Buffer.from('\ufeff' + text, 'utf8'));
}

/** A Word table cell: its text (lines split on \n), and whether it starts or continues a vertical merge. */
export interface WordCell {
	text: string;
	vmerge?: 'start' | 'continue';
	span?: number;
	bold?: boolean;
}
const para = (text: string, bold = false, center = false) =>
	new Paragraph({ alignment: center ? AlignmentType.CENTER : undefined, children: [new TextRun({ text, bold, font: '仿宋_GB2312', size: 24 })] });

export async function docxOf(before: string[], table: WordCell[][], after: string[]): Promise<Uint8Array> {
	const rows = table.map(
		(row) =>
			new TableRow({
				children: row.map(
					(c) =>
						new TableCell({
							columnSpan: c.span,
							verticalMerge: c.vmerge === 'start' ? VerticalMergeType.RESTART : c.vmerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
							children: (c.vmerge === 'continue' ? [''] : c.text.split('\n')).map((line) => para(line, c.bold)),
						}),
				),
			}),
	);
	const doc = new Document({
		sections: [
			{
				children: [
					...before.map((t, i) => para(t, i === 0, i === 0)),
					new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
					...after.map((t) => para(t)),
				],
			},
		],
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** Word 97 .doc files by LibreOffice headless, from .docx, all in one run with a profile of its own. */
export function docsOf(docxs: { name: string; bytes: Uint8Array }[]): Map<string, Uint8Array> {
	const out = new Map<string, Uint8Array>();
	if (!docxs.length) return out;
	const dir = join(tmpdir(), `blind21-doc-${process.pid}-${Date.now()}`);
	mkdirSync(dir, { recursive: true });
	try {
		const inputs = docxs.map((d, i) => {
			const p = join(dir, `in${i}.docx`);
			writeFileSync(p, d.bytes);
			return p;
		});
		execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'doc', '--outdir', dir, ...inputs], { stdio: 'ignore', timeout: 120_000 });
		docxs.forEach((d, i) => out.set(d.name, new Uint8Array(readFileSync(join(dir, `in${i}.doc`)))));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	return out;
}
