/**
 * Worksheet cells read by sheet-cells.ts (instead of SheetJS's per-cell
 * parsing) must come out exactly as SheetJS reads them: the Workbook from
 * readWorkbook (which takes that path for plain worksheets) equals the one
 * SheetJS alone reads from the same bytes, on files written by exceljs and by
 * SheetJS with every kind of cell the fast path reads or leaves to SheetJS.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { readWorkbook } from '../../src/lib/read/index';
import { readWithSheetJS } from '../../src/lib/read/sheetjs';
import { readCells, splitWorksheet } from '../../src/lib/read/sheet-cells';
import { ALL_VARIANTS } from '../fixtures/variants';
import { makeBigWideWorkbook } from '../fixtures/wide';
import { makeFormWorkbook, randomFormSpec } from '../fixtures/forms';

/** exceljs: shared strings, number formats (dates, percent, decimals, text), rich text, styled empty cells, formulas on one sheet. */
async function mixedWorkbook(): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('数值');
	ws.addRow(['单位', '场次', '比例', '日期', '金额', '备注']);
	ws.addRow(['甲乡 & 乙镇 <一>', 12, 0.256, new Date(Date.UTC(2023, 5, 16)), 1234.5, '  有空格  ']);
	ws.addRow(['“引号”', 3.14159, 1, new Date(Date.UTC(2021, 0, 1)), -7, 'a\r\nb']);
	ws.getCell('C2').numFmt = '0.0%';
	ws.getCell('C3').numFmt = '0.00';
	ws.getCell('E2').numFmt = '#,##0.00';
	ws.getCell('E3').numFmt = '@';
	ws.getCell('D2').numFmt = 'yyyy"年"m"月"d"日"';
	ws.getCell('B4').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] };
	ws.getCell('F5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } }; // styled, empty: a stub
	ws.getCell('A6').value = 1e21;
	ws.getCell('B6').value = 0.1 + 0.2;
	const f = wb.addWorksheet('公式');
	f.getCell('A1').value = 2;
	f.getCell('A2').value = { formula: 'A1*3', result: 6 };
	f.getCell('A3').value = { formula: 'A2-1' };
	const hidden = wb.addWorksheet('隐藏');
	hidden.state = 'hidden';
	hidden.getCell('C3').value = '藏';
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** SheetJS: inline-free plain strings (t="str"), numbers, booleans on one sheet, merges. */
function sheetjsWorkbook(): Uint8Array {
	const wb = XLSX.utils.book_new();
	const ws = XLSX.utils.aoa_to_sheet([['汇总', null, null], ['单位', '场次', '说明'], ['甲', 3, ' 7 '], ['乙', 4.5, 'x &amp; y']]);
	ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
	XLSX.utils.book_append_sheet(wb, ws, '表一');
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[true, false, 1]]), '布尔');
	return new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array', compression: true }) as ArrayBuffer);
}

describe('plain worksheet cells', () => {
	it('read as SheetJS reads them: exceljs and SheetJS files with every kind of cell', async () => {
		for (const bytes of [await mixedWorkbook(), sheetjsWorkbook(), makeBigWideWorkbook(120, 40)]) {
			expect(readWorkbook(bytes, 'x.xlsx')).toEqual(readWithSheetJS(bytes, 'xlsx', 'x.xlsx'));
		}
	});

	it('read as SheetJS reads them: every layout variant and random forms', async () => {
		const files = await Promise.all(ALL_VARIANTS.map((v) => v.bytes()));
		for (let i = 0; i < 20; i++) files.push((await makeFormWorkbook(randomFormSpec(900 + i))).bytes);
		for (const bytes of files) {
			if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) continue; // CSV and .xls variants: no worksheet XML
			expect(readWorkbook(bytes, 'x.xlsx')).toEqual(readWithSheetJS(bytes, 'xlsx', 'x.xlsx'));
		}
	});

	it('reads plain rows and cells; leaves formulas, inline strings, booleans and references to SheetJS', () => {
		expect(readCells('<row r="2" spans="1:2"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2"><v xml:space="preserve">12</v></c><c r="C2" s="3"/></row>')).toEqual([
			{ row: 1, col: 0, t: 's', v: '0', s: 1 },
			{ row: 1, col: 1, t: undefined, v: '12', s: undefined },
			{ row: 1, col: 2, t: undefined, v: undefined, s: 3 }
		]);
		expect(readCells('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>')).toBeNull();
		expect(readCells('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>')).toBeNull();
		expect(readCells('<row r="1"><c r="A1" t="b"><v>1</v></c></row>')).toBeNull();
		expect(readCells('<row r="1"><c r="A1" t="str"><v>&#20013;</v></c></row>')).toBeNull();
		expect(readCells('<row r="1"><c><v>1</v></c></row>')).toBeNull();
		expect(readCells('<row r="1"><c r="A2"><v>1</v></c></row>')).toBeNull();
		expect(readCells('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>')).toBeNull();
	});

	it('cuts the cells out of the part, leaving the rest as written', () => {
		const part = new TextEncoder().encode('<worksheet><dimension ref="A1"/><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData><mergeCells count="0"/></worksheet>');
		const split = splitWorksheet(part, 'M');
		expect(split?.cells).toEqual([{ row: 0, col: 0, t: undefined, v: '5', s: undefined }]);
		expect(new TextDecoder().decode(split?.rest)).toBe('<worksheet><dimension ref="A1"/><sheetData><row r="1"><c r="A1" t="str"><v>M</v></c></row></sheetData><mergeCells count="0"/></worksheet>');
	});
});
