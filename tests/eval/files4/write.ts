/**
 * Writers of the fourth set beyond the third set's (files3/write.ts: exceljs .xlsx, SheetJS .xls, CSV in UTF-8 with
 * BOM or GBK, a Word document of paragraphs and one table, .doc by LibreOffice): an .xlsx written by SheetJS (as
 * scripts and web systems export them) and a Word document of paragraphs only (a form typed without a table).
 */
import * as XLSX from '@e965/xlsx';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { Grid } from '../files3/write';

export { csvOf, docsOf, docxOf, xlsOf, xlsxOf, type Cell, type Grid, type Merge, type WordCell } from '../files3/write';

export function xlsxBySheetJS(grids: Grid[]): Uint8Array {
	const wb = XLSX.utils.book_new();
	for (const g of grids) {
		const ws = XLSX.utils.aoa_to_sheet(g.rows.map((row) => row.map((v) => (v === '' ? null : v))));
		ws['!merges'] = g.merges.map((m) => ({ s: { r: m.r1, c: m.c1 }, e: { r: m.r2, c: m.c2 } }));
		XLSX.utils.book_append_sheet(wb, ws, g.sheet);
	}
	return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

/** A Word document of paragraphs only: the first centred and bold (the title). */
export async function docxParagraphs(lines: string[]): Promise<Uint8Array> {
	const doc = new Document({
		sections: [
			{
				children: lines.map(
					(text, i) =>
						new Paragraph({
							alignment: i === 0 ? AlignmentType.CENTER : undefined,
							children: [new TextRun({ text, bold: i === 0, font: '仿宋_GB2312', size: 28 })],
						}),
				),
			},
		],
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}
