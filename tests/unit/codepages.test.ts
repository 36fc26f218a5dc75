import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ensureCodepages, isBiff5, needsCodepages } from '../../src/lib/read/sheetjs';
import { readWorkbook, textAt } from '../../src/lib/read/index';

const TEXTS = ['填报单位', '八里镇人民政府'];

/**
 * A BIFF5 .xls with its text in code page 936 (GBK), as Excel 95 on Chinese
 * Windows saved them. SheetJS writes BIFF5 only in code page 1252, so it writes
 * ASCII placeholders of the GBK byte lengths, which are then replaced by the
 * GBK bytes, and the CODEPAGE record is set to 936.
 */
function gbkBiff5(): Uint8Array {
	const gbk = TEXTS.map((t) => iconv.encode(t, 'gbk'));
	const placeholders = gbk.map((g, i) => String.fromCharCode(65 + i).repeat(g.length));
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[placeholders[0], 'n'], [placeholders[1], 120]]), 'Sheet1');
	const bytes = Buffer.from(XLSX.write(wb, { bookType: 'biff5', type: 'array' }) as ArrayBuffer);
	gbk.forEach((g, i) => {
		const at = bytes.indexOf(Buffer.from(placeholders[i], 'latin1'));
		expect(at).toBeGreaterThan(0);
		g.copy(bytes, at);
	});
	const codepage = bytes.indexOf(Buffer.from([0x42, 0x00, 0x02, 0x00])); // CODEPAGE record, 2 bytes
	expect(bytes.readUInt16LE(codepage + 4)).toBe(1252);
	bytes.writeUInt16LE(936, codepage + 4);
	return new Uint8Array(bytes);
}

function biff8(): Uint8Array {
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([TEXTS]), '统计表');
	return new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' }) as ArrayBuffer);
}

describe('SheetJS code pages (loaded on demand in the browser, at import in Node)', () => {
	it('tells a BIFF5 .xls (code-page text) from BIFF8, xlsx and text', async () => {
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('表').addRow(['单位', 1]);
		const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
		expect(isBiff5(gbkBiff5())).toBe(true);
		expect(isBiff5(biff8())).toBe(false);
		expect(isBiff5(xlsx)).toBe(false);
		expect(isBiff5(new TextEncoder().encode('单位,人数\n甲,1\n'))).toBe(false);
		expect(isBiff5(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(false);
	});

	it('in Node the tables are loaded at import, so a GBK BIFF5 .xls reads its Chinese text', async () => {
		await ensureCodepages(); // idempotent: the same load as at import
		const bytes = gbkBiff5();
		expect(needsCodepages(bytes)).toBe(false);
		const sheet = readWorkbook(bytes, '旧版.xls').sheets[0];
		expect(textAt(sheet, 0, 0)).toBe(TEXTS[0]);
		expect(textAt(sheet, 1, 0)).toBe(TEXTS[1]);
		expect(sheet.rows[1]?.[1]?.value).toBe(120);
	});

	it('BIFF8 needs no tables: its text is UTF-16', () => {
		const bytes = biff8();
		expect(needsCodepages(bytes)).toBe(false);
		const sheet = readWorkbook(bytes, '新版.xls').sheets[0];
		expect(sheet.name).toBe('统计表');
		expect(textAt(sheet, 0, 1)).toBe(TEXTS[1]);
	});
});
