import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { ensureCodepages, isBiff5, needsCodepages } from '../../src/lib/read/sheetjs';
import { readWorkbook, textAt } from '../../src/lib/read/index';
import { gbkBiff5 } from '../fixtures/biff5';

const TEXTS = ['填报单位', '八里镇人民政府'];
const gbkBook = () => gbkBiff5([[TEXTS[0], 'n'], [TEXTS[1], 120]]);

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
		expect(isBiff5(gbkBook())).toBe(true);
		expect(isBiff5(biff8())).toBe(false);
		expect(isBiff5(xlsx)).toBe(false);
		expect(isBiff5(new TextEncoder().encode('单位,人数\n甲,1\n'))).toBe(false);
		expect(isBiff5(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(false);
	});

	it('in Node the tables are loaded at import, so a GBK BIFF5 .xls reads its Chinese text', async () => {
		await ensureCodepages(); // idempotent: the same load as at import
		const bytes = gbkBook();
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
