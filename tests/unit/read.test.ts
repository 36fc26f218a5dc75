import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { readWorkbook, cellAt, cellOrMaster, textAt } from '../../src/lib/read/index';
import { FileError } from '../../src/lib/base/problem';

const text = '年度,地区,单位,活动,指标,数值\r\n2021,宝坻区,宝平市场监管所,6·16咨询日,参与（人次）,310\r\n';

describe('read: CSV encodings', () => {
	it.each([
		['UTF-8', new TextEncoder().encode(text)],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
		['GBK', new Uint8Array(iconv.encode(text, 'gbk'))],
		['GB18030', new Uint8Array(iconv.encode(text, 'gb18030'))],
		['UTF-16LE with BOM', new Uint8Array(iconv.encode('\ufeff' + text, 'utf16le'))]
	])('%s decodes to the same cells', (_name, bytes) => {
		const wb = readWorkbook(bytes, 'x.csv');
		expect(wb.format).toBe('csv');
		const sheet = wb.sheets[0];
		expect(sheet.name).toBe('');
		expect(textAt(sheet, 1, 2)).toBe('宝平市场监管所');
		expect(textAt(sheet, 1, 4)).toBe('参与（人次）');
		expect(cellAt(sheet, 1, 5)?.value).toBe('310');
	});
});

describe('read: spreadsheets', () => {
	it('reads an exceljs .xlsx with merges, dates, numbers and hidden sheets', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('统计表');
		ws.getCell('A1').value = '2021年“安全生产月”活动进展情况统计表';
		ws.mergeCells('A1:C1');
		ws.getCell('A2').value = '填报日期';
		ws.getCell('B2').value = new Date(Date.UTC(2021, 5, 24));
		ws.getCell('B3').value = 12;
		ws.getCell('C3').value = '１２';
		const hidden = wb.addWorksheet('旧表');
		hidden.state = 'hidden';
		hidden.getCell('A1').value = 'x';
		const out = readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'a.xlsx');
		expect(out.format).toBe('xlsx');
		const [sheet, old] = out.sheets;
		expect(sheet.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 2 }]);
		expect(cellOrMaster(sheet, 0, 2)?.text).toContain('统计表');
		expect(cellAt(sheet, 0, 2)).toBeUndefined();
		const date = cellAt(sheet, 1, 1)?.value;
		expect(date).toBeInstanceOf(Date);
		expect((date as Date).toISOString().slice(0, 10)).toBe('2021-06-24');
		expect(cellAt(sheet, 2, 1)?.value).toBe(12);
		expect(cellAt(sheet, 2, 2)?.value).toBe('１２');
		expect(old.hidden).toBe(true);
	});

	it('reads a legacy .xls (BIFF8) written by SheetJS, whatever the extension says', () => {
		const ws = XLSX.utils.aoa_to_sheet([['填报单位（盖章）：搬经镇综合执法局'], ['活动项目', '内容要求', '进展情况']]);
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, ws, '附件2');
		const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' }));
		for (const name of ['a.xls', 'a.xlsx']) {
			const out = readWorkbook(bytes, name);
			expect(out.format).toBe('xls');
			expect(textAt(out.sheets[0], 1, 2)).toBe('进展情况');
		}
	});

	it('refuses empty and unknown files with a reason in Chinese and English', () => {
		const errorOf = (bytes: Uint8Array, name: string) => {
			try {
				readWorkbook(bytes, name);
			} catch (e) {
				return e as FileError;
			}
			throw new Error('expected a FileError');
		};
		const empty = errorOf(new Uint8Array(), 'a.xlsx');
		expect(empty.code).toBe('read.empty');
		expect(empty.zh).toMatch(/空/);
		expect(empty.en).toMatch(/empty/);
		const zip = errorOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'broken.xlsx');
		expect(zip.code).toBe('read.corrupt');
		expect(errorOf(new Uint8Array([1, 2, 3, 0, 255]), 'a.docx').code).toBe('read.unsupported');
	});
});
